/**
 * Types of the API read from the generated contract (schema.gen.ts, made from the server's
 * OpenAPI document), so the browser never declares an answer a second time by hand.
 *
 *   type Me = ApiResponse<'/api/v1/auth/me', 'get'>;        // the 200 (or 201/202) JSON body
 *   type Login = ApiBody<'/api/v1/auth/login', 'post'>;      // the JSON request body
 */
import type { paths } from './schema.gen';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer of a successful call (200, else 201, else 202). */
export type ApiResponse<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer OK }
      ? JsonOf<OK>
      : R extends { 201: infer Created }
        ? JsonOf<Created>
        : R extends { 202: infer Accepted }
          ? JsonOf<Accepted>
          : never
    : never;

/** The JSON request body of a call. */
export type ApiBody<P extends ApiPath, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters of a call. */
export type ApiQuery<P extends ApiPath, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** One element of an array type. */
export type ItemOf<A> = A extends readonly (infer T)[] ? T : never;
