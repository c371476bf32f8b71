/**
 * The API contract for the browser, generated from the server's OpenAPI document by
 * `npm run gen:api` (openapi-typescript). Do not edit: change the zod schemas in src/modules
 * and generate again; `test/contract.test.ts` fails while this file is stale.
 */
/* eslint-disable */
export interface paths {
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核对预警 (alerts of an area, by run and status; counts by source) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    page?: number;
                    pageSize?: number;
                    runId?: number;
                    status?: "open" | "confirmed" | "explained";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                bySource: {
                                    [key: string]: number;
                                };
                            };
                            items: {
                                areaCode: string;
                                createdAt: string;
                                declared: string;
                                dueDate: string;
                                householdId: number;
                                id: number;
                                matched: string;
                                /** @enum {string|null} */
                                outcome: "review" | "stop" | null;
                                overdue: boolean;
                                personId: number;
                                personName: string;
                                reason: string | null;
                                rule: string;
                                runId: number;
                                source: string;
                                /** @enum {string} */
                                status: "open" | "confirmed" | "explained";
                                workedAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理预警 (confirmed → review or stop proposed; explained → closed with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "confirmed";
                        /** @enum {string} */
                        proposal: "review" | "stop";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        outcome: "explained";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string|null} */
                            outcome: "review" | "stop" | null;
                            reason: string | null;
                            /** @enum {string} */
                            status: "open" | "confirmed" | "explained";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表 (cases of my area, open ones first; overdue=true for the county’s list of late cases; name= a household member’s name, pinyin or initials) */
        get: {
            parameters: {
                query?: {
                    name?: string;
                    overdue?: "true" | "false";
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acceptedOn: string | null;
                                areaCode: string;
                                areaName: string;
                                dueOn: string | null;
                                forwarded: boolean;
                                headName: string | null;
                                householdId: number;
                                id: number;
                                investigationDueOn: string | null;
                                investigationOverdue: boolean;
                                overdue: boolean;
                                program: string;
                                relativeFlagged: boolean;
                                state: string;
                                workingDaysLeft: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 受理申请 (intake at a community or any street window) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        checklist?: ("application_form" | "id_cards" | "household_register" | "income_proof" | "consent" | "disability_certificate" | "medical_records" | "other")[];
                        consentDocumentId?: number;
                        /** @default false */
                        democraticReview?: boolean;
                        eventDescription?: string;
                        householdId: number;
                        program: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                        requestedAmount?: number;
                        subjectPersonId?: number;
                        /** @enum {string} */
                        temporaryEvent?: "fire" | "natural_disaster" | "accident" | "serious_illness" | "breadwinner_death" | "medical_expense" | "education_expense" | "living_expense" | "other";
                        /** @enum {string} */
                        temporaryType?: "emergency" | "expenditure";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件 (the case with its clock, timeline, records and allowed actions; each view audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decision.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 决定书 PDF (confirmation or 不予确认通知书; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期 (30 → 45 working days, with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示异议 (an objection holds the case until resolved) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        raisedBy: string;
                        /** @enum {string} */
                        receivedVia: "phone" | "window" | "letter" | "online" | "notice_board";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/papers/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印案件文书 PDF (社会救助申请审批表, 入户调查表, 邻里访问记录, 民主评议记录; filled from the case; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "application_form" | "investigation" | "neighbour_interview" | "review_meeting";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录 (investigation, neighbour interview, verification report, review meeting) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        findings: string;
                        /** Format: date */
                        happenedOn: string;
                        /** @enum {string} */
                        kind: "investigation";
                        /** @default [] */
                        photoDocumentIds?: number[];
                        staff: string[];
                    } | {
                        /** Format: date */
                        happenedOn: string;
                        interviewee: string;
                        /** @enum {string} */
                        kind: "neighbour_interview";
                        staff: string[];
                        statement: string;
                    } | {
                        conclusion: string;
                        /** Format: date */
                        happenedOn: string;
                        items: {
                            declared: string;
                            found: string;
                            matches: boolean;
                            source: string;
                        }[];
                        /** @enum {string} */
                        kind: "verification";
                    } | {
                        attendance: number;
                        /** Format: date */
                        happenedOn: string;
                        /** @enum {string} */
                        kind: "review_meeting";
                        minutes: string;
                        panelSize: number;
                        votesAgainst: number;
                        votesFor: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理 (take an action: 409 names the allowed ones, 403 for the wrong role) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent";
                        amount?: number;
                        caseByCaseDecision?: boolean;
                        /** @enum {string} */
                        category?: "A" | "B" | "C";
                        comment?: string;
                        relativeReview?: string;
                        upheld?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/verification-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核对结果 (the household matched against every source; 409 while an adult member's 核对授权书 is missing; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: number;
                            checkedOn: string;
                            findings: {
                                breaksRule: boolean;
                                declared: string;
                                matched: string;
                                personId: number;
                                personName: string;
                                rule: string | null;
                                source: string;
                                sourceName: string;
                            }[];
                            householdId: number;
                            limits: {
                                assetLimit: number;
                                maxHouses: number;
                            } | null;
                            sources: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/verification-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成核对报告 (from the findings, with the verifier's conclusion, as the case's verification record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/verification-report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核对报告 PDF (the latest verification record of the case; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/bulk-transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量办理 (e.g. county confirmation of several reviewed cases; one answer per case) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent";
                        /** @enum {string} */
                        category?: "A" | "B" | "C";
                        comment?: string;
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                error?: {
                                    code: string;
                                    message: string;
                                };
                                id: number;
                                ok: boolean;
                                state?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{areaCode}/complaint-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督投诉渠道 (as shown on the public page and in notices; inherited from above when not set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            channels: string[];
                            inheritedFrom: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** 设置监督投诉渠道 (admin or county; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channels: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            channels: string[];
                            inheritedFrom: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划及其下级 (an area and its children) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                hasChildren: boolean;
                                /** @enum {string} */
                                level: "province" | "city" | "district" | "street" | "community";
                                name: string;
                                parentCode: string | null;
                                /** @description 12-digit 统计用区划代码 */
                                statCode: string;
                                /** @enum {string|null} */
                                urbanRural: "urban" | "rural" | null;
                            };
                            children: {
                                code: string;
                                hasChildren: boolean;
                                /** @enum {string} */
                                level: "province" | "city" | "district" | "street" | "community";
                                name: string;
                                parentCode: string | null;
                                /** @description 12-digit 统计用区划代码 */
                                statCode: string;
                                /** @enum {string|null} */
                                urbanRural: "urban" | "rural" | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 (audit log, newest first) */
        get: {
            parameters: {
                query?: {
                    /** @description an action code, or a prefix ending in a dot (payroll.) */
                    action?: string;
                    /** @description who did it (a user id) */
                    actorId?: number;
                    applicationId?: number;
                    entityId?: string;
                    entityType?: string;
                    /** @description first day (China time), included */
                    from?: string;
                    /** @description the household and its persons, cases and enrolments */
                    householdId?: number;
                    page?: number;
                    pageSize?: number;
                    payrollId?: number;
                    /** @description true: only the reveal log (full ID/account numbers seen, files viewed, bulk exports) */
                    reveals?: "true" | "false";
                    /** @description last day (China time), included */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                /** @description the action in Chinese */
                                actionLabel: string;
                                actorId: number | null;
                                /** @description real name with the login in brackets: 刘芳（county）; 系统 for the system */
                                actorLabel: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                areaCode: string | null;
                                areaName: string | null;
                                at: string;
                                entityId: string;
                                entityLabel: string;
                                entityType: string;
                                newValue: unknown;
                                oldValue: unknown;
                                /** @description true when health fields were hidden from this reader (values read "（已隐去）") */
                                redacted: boolean;
                                seq: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计操作名称表 (every action code with its Chinese name, for the action filter; which ones make the reveal log) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                label: string;
                                reveal: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计筛选用户列表 (the users of the reader's area, for the user filter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                displayName: string;
                                id: number;
                                role: string;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 (.xlsx for 纪检监察, the filtered entries in Chinese with their hashes; at most 20,000; audited) */
        get: {
            parameters: {
                query?: {
                    /** @description an action code, or a prefix ending in a dot (payroll.) */
                    action?: string;
                    /** @description who did it (a user id) */
                    actorId?: number;
                    applicationId?: number;
                    entityId?: string;
                    entityType?: string;
                    /** @description first day (China time), included */
                    from?: string;
                    /** @description the household and its persons, cases and enrolments */
                    householdId?: number;
                    payrollId?: number;
                    /** @description true: only the reveal log (full ID/account numbers seen, files viewed, bulk exports) */
                    reveals?: "true" | "false";
                    /** @description last day (China time), included */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验审计哈希链 (verify the hash chain) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            checkpoint?: {
                                at: string;
                                hash: string;
                                headAt: string | null;
                                seq: number;
                            };
                            firstBroken?: {
                                reason: string;
                                seq: number;
                            };
                            head: {
                                hash: string;
                                seq: number;
                            };
                            intact: boolean;
                            keyed: number;
                            legacy: number;
                            vouchedUpTo?: {
                                at: string | null;
                                seq: number;
                            };
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 (change one's own password; required after a temporary one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                areaCode: string;
                                areaName: string;
                                areaPath: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "city" | "district" | "street" | "community";
                                    name: string;
                                }[];
                                displayName: string;
                                id: number;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 (log in; sets an HttpOnly session cookie). Unknown user, wrong password and locked account answer the same 401; repeated failures from a source answer 429 with Retry-After */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                areaCode: string;
                                areaName: string;
                                areaPath: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "city" | "district" | "street" | "community";
                                    name: string;
                                }[];
                                displayName: string;
                                id: number;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 (log out; ends the session whatever the body) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 (the logged-in user) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                areaCode: string;
                                areaName: string;
                                areaPath: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "city" | "district" | "street" | "community";
                                    name: string;
                                }[];
                                displayName: string;
                                id: number;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 运行模式 (demo or production; whether the first administrator is still to be set up) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
                            setupRequired: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 待遇测算 (run a scenario: the given policy, or the area’s policy in force on asOf) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode?: string;
                        /** Format: date */
                        asOf: string;
                        household: {
                            assets: {
                                financial: number;
                                houses: number;
                                vehicles: {
                                    exempt: boolean;
                                }[];
                            };
                            members: {
                                disability: {
                                    /** @enum {string} */
                                    category: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                                    grade: number;
                                } | null;
                                employed: boolean;
                                flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                                hasAbleObligor?: boolean;
                                idNumber: string;
                                incomes: {
                                    monthly: number;
                                    /** @enum {string} */
                                    type: "wage" | "business" | "property" | "pension" | "maintenance" | "transfer" | "other" | "dibao" | "tekun" | "temporary_assistance" | "disability_subsidy" | "elderly_allowance" | "orphan_allowance" | "entitled_group_payment" | "bravery_award" | "family_planning_reward";
                                }[];
                                inPrison: boolean;
                                /** @enum {string} */
                                laborCapacity: "full" | "partial" | "none";
                                onTekun?: boolean;
                                otherBenefits?: {
                                    enrolmentId?: number;
                                    householdPersons?: number;
                                    monthly: number;
                                    program: string;
                                }[];
                                /** @enum {string} */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                /** @enum {string|null} */
                                selfCare: "self" | "partial" | "full" | null;
                                seriousIllness: boolean;
                                socialInsurance: number;
                                student: boolean;
                                subject?: boolean;
                            }[];
                            urban: boolean;
                        };
                        policy?: {
                            /** @default {} */
                            cases?: {
                                /** @default 10 */
                                alertWorkingDays?: number;
                                /** @default 3 */
                                decisionNoticeWorkingDays?: number;
                                /** @default 30 */
                                decisionWorkingDays?: number;
                                /** @default 45 */
                                extendedWorkingDays?: number;
                                /** @default 3 */
                                investigationStartWorkingDays?: number;
                                /** @default 7 */
                                noticeDays?: number;
                                /** @default {} */
                                noticeDaysByProgram?: {
                                    [key: string]: number;
                                };
                                /** @default {} */
                                noticeRoundsByProgram?: {
                                    [key: string]: number;
                                };
                                /** @default 20 */
                                reviewPanelMinimum?: number;
                            };
                            /** @default {} */
                            complaints?: {
                                /** @default 15 */
                                handlingWorkingDays?: number;
                            };
                            dibao: {
                                assetMonths: number;
                                edgeMultiplier: string | number;
                                excludedIncomeTypes: ("wage" | "business" | "property" | "pension" | "maintenance" | "transfer" | "other" | "dibao" | "tekun" | "temporary_assistance" | "disability_subsidy" | "elderly_allowance" | "orphan_allowance" | "entitled_group_payment" | "bravery_award" | "family_planning_reward")[];
                                gradualExitMonths: number;
                                increments: {
                                    age70: string | number;
                                    minorOrStudent: string | number;
                                    seriousIllness: string | number;
                                    severeDisability: string | number;
                                };
                                maxHouses: number;
                                minimumPerPerson: number;
                                ruralStandard: number;
                                urbanStandard: number;
                                workCostCap: number;
                                workCostShare: string | number;
                            };
                            disability: {
                                careAmount: number;
                                careGrades: {
                                    categories?: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                                    grade: number;
                                }[];
                                livingAmount: number;
                            };
                            elderly: {
                                tiers: {
                                    amount: number;
                                    minAge: number;
                                }[];
                            };
                            funding: {
                                cityShare: string | number;
                                programShares?: {
                                    [key: string]: string | number;
                                };
                            };
                            orphan: {
                                standard: number;
                            };
                            /** @default {} */
                            payments?: {
                                /** @default {} */
                                periods?: {
                                    [key: string]: "monthly" | "quarterly" | "half_yearly" | "yearly";
                                };
                            };
                            /** @default {} */
                            reviews?: {
                                /** @default 12 */
                                categoryAMonths?: number;
                                /** @default 6 */
                                categoryBMonths?: number;
                                /** @default 3 */
                                categoryCMonths?: number;
                                /** @default 12 */
                                tekunMonths?: number;
                            };
                            tekun: {
                                care: {
                                    full: number;
                                    partial: number;
                                    self: number;
                                };
                                multiplier: string | number;
                            };
                            temporary: {
                                maxMonths: number;
                                urgentCap: number;
                                /** @default 12 */
                                yearlyMaxMonths?: number;
                            };
                        };
                        /** @enum {string} */
                        program: "dibao" | "dibao_edge" | "tekun" | "elderly_allowance" | "disability_living" | "disability_care" | "orphan" | "de_facto_orphan";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eligible: boolean;
                            explanation: {
                                lines: {
                                    label: string;
                                    memberIndex?: number;
                                    param?: string;
                                    step: string;
                                    value: string;
                                }[];
                                reasons: string[];
                            };
                            /** @description fen */
                            monthlyAmount: number;
                            perCapitaIncome?: number;
                            policyVersion: string;
                            program: string;
                            reasons: string[];
                            trace: {
                                detail?: {
                                    [key: string]: unknown;
                                };
                                memberIndex?: number;
                                param?: string;
                                step: string;
                                value: number | string | boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 举报投诉登记簿 (the actor's area and below; filters by status, channel, type, overdue) */
        get: {
            parameters: {
                query?: {
                    category?: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                    channel?: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "received" | "assigned" | "investigating" | "concluded" | "replied";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                areaName: string | null;
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** @enum {string} */
                                category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                                /** @enum {string} */
                                channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                                dueOn: string;
                                id: number;
                                /** @enum {string|null} */
                                outcome: "true" | "partly_true" | "not_true" | null;
                                overdue: boolean;
                                receivedOn: string;
                                /** @enum {string} */
                                status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                                summary: string;
                                trackingCode: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记举报投诉 (hotline, letter, visit, window, tip box, online; deadline from complaints.handlingWorkingDays; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        anonymous?: boolean;
                        areaCode: string;
                        /** @enum {string} */
                        category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                        /** @enum {string} */
                        channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online";
                        complainantContact?: string;
                        complainantName?: string;
                        content: string;
                        /** Format: date */
                        receivedOn?: string;
                        subjectHouseholdId?: number;
                        subjectNote?: string;
                        subjectPersonId?: number;
                        subjectUserId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 举报投诉详情 (history, corrective actions, what the user may do next) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改措施 (names the enrolment change, recovery or case it made; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /** @enum {string} */
                        kind: "enrolment_change" | "recovery" | "application" | "other";
                        refId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办 (street or county; to a handler in the area; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调查记录 (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        /** Format: date */
                        happenedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调查结论 属实/部分属实/不属实 (after an investigation record; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        finding: string;
                        /** @enum {string} */
                        outcome: "true" | "partly_true" | "not_true";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复举报人 (closes the complaint; shown with the tracking code, so it may name nobody; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/subject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 被反映对象 (household, person, staff; while open; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subjectHouseholdId: number | null;
                        /** @default null */
                        subjectNote?: string | null;
                        /** @default null */
                        subjectPersonId?: number | null;
                        /** @default null */
                        subjectUserId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                refId: number | null;
                            }[];
                            allowed: ("assign" | "investigate" | "conclude" | "correct" | "reply")[];
                            anonymous: boolean;
                            applicationId: number | null;
                            areaCode: string;
                            areaName: string | null;
                            assigneeId: number | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                            /** @enum {string} */
                            channel: "hotline" | "letter" | "visit" | "window" | "tip_box" | "online" | "notice_objection";
                            complainantContact: string | null;
                            complainantName: string | null;
                            concludedOn: string | null;
                            content: string;
                            dueOn: string;
                            events: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                content: string | null;
                                happenedOn: string;
                                id: number;
                            }[];
                            finding: string | null;
                            id: number;
                            linkable: {
                                id: number;
                                /** @enum {string} */
                                kind: "enrolment_change" | "recovery" | "application" | "other";
                                label: string;
                            }[];
                            objectionId: number | null;
                            /** @enum {string|null} */
                            outcome: "true" | "partly_true" | "not_true" | null;
                            overdue: boolean;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            subjectHouseholdId: number | null;
                            subjectHouseholdName: string | null;
                            subjectNote: string | null;
                            subjectPersonId: number | null;
                            subjectUserId: number | null;
                            subjectUserName: string | null;
                            summary: string;
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可交办人员 (handlers in the actor's area) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                displayName: string;
                                id: number;
                                role: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 举报投诉统计 (received by channel and type, found true, corrected; the actor's area) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            byCategory: {
                                [key: string]: number;
                            };
                            byChannel: {
                                [key: string]: number;
                            };
                            corrected: number;
                            foundTrue: number;
                            from: string;
                            notTrue: number;
                            partlyTrue: number;
                            received: number;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核对数据源 (each source, its column mapping, record count and latest import) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                columns: {
                                    header: string;
                                    required: boolean;
                                }[];
                                department: string;
                                /** @enum {string} */
                                id: "public_security" | "funeral" | "social_insurance" | "real_estate" | "vehicles" | "business" | "housing_fund" | "tax" | "bank" | "prison";
                                lastImport: {
                                    badRowCount: number;
                                    fileName: string;
                                    id: number;
                                    importedAt: string;
                                    importedOn: string;
                                    /** @enum {string} */
                                    mode: "replace" | "append";
                                    rowCount: number;
                                    sourceId: string;
                                } | null;
                                /** @enum {string} */
                                mode: "replace" | "append";
                                name: string;
                                records: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-sources/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入记录 (each import: date, file, rows; verifier and admin only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                badRowCount: number;
                                fileName: string;
                                id: number;
                                importedAt: string;
                                importedOn: string;
                                /** @enum {string} */
                                mode: "replace" | "append";
                                rowCount: number;
                                sourceId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 导入数据源文件 (multipart .xlsx or .csv with the source's Chinese headers; bad rows reported and left out; replace or append per source) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            badRowCount: number;
                            errors: {
                                column: string;
                                message: string;
                                row: number;
                            }[];
                            fileName: string;
                            id: number;
                            importedAt: string;
                            importedOn: string;
                            /** @enum {string} */
                            mode: "replace" | "append";
                            rowCount: number;
                            sourceId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-sources/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据源记录 (verifier and admin only; names and ID numbers masked; every read audited) */
        get: {
            parameters: {
                query?: {
                    idNumber?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number | null;
                                endDate: string | null;
                                eventDate: string | null;
                                exempt: boolean;
                                id: number;
                                idNumber: string;
                                importId: number;
                                item: string | null;
                                kind: string;
                                name: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠款列表 (open by default, oldest first, with age in days) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    householdId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "settled" | "written_off" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                adjustmentId: number;
                                ageDays: number;
                                areaCode: string;
                                areaName: string;
                                closedAt: string | null;
                                collectedAmount: number;
                                createdAt: string;
                                enrolmentId: number;
                                entries: {
                                    amount: number;
                                    createdAt: string;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "deduction" | "bank_transfer" | "cash" | "write_off";
                                    paidOn: string | null;
                                    reason: string | null;
                                    receiptNumber: string | null;
                                    targetAdjustmentId: number | null;
                                    targetEnrolmentId: number | null;
                                }[];
                                headName: string | null;
                                householdId: number;
                                id: number;
                                outstandingAmount: number;
                                program: string;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "settled" | "written_off";
                                totalAmount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debts/{id}/deduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 欠款抵扣 (county): a recovery on another live enrolment of the household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enrolmentId: number;
                        monthlyLimit?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustmentId: number;
                            ageDays: number;
                            areaCode: string;
                            areaName: string;
                            closedAt: string | null;
                            collectedAmount: number;
                            createdAt: string;
                            enrolmentId: number;
                            entries: {
                                amount: number;
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "deduction" | "bank_transfer" | "cash" | "write_off";
                                paidOn: string | null;
                                reason: string | null;
                                receiptNumber: string | null;
                                targetAdjustmentId: number | null;
                                targetEnrolmentId: number | null;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            outstandingAmount: number;
                            program: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "settled" | "written_off";
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debts/{id}/repay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 欠款退还 (street, county): bank transfer or cash with receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        /** @enum {string} */
                        method: "bank_transfer" | "cash";
                        note?: string;
                        /** Format: date */
                        paidOn: string;
                        receiptNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustmentId: number;
                            ageDays: number;
                            areaCode: string;
                            areaName: string;
                            closedAt: string | null;
                            collectedAmount: number;
                            createdAt: string;
                            enrolmentId: number;
                            entries: {
                                amount: number;
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "deduction" | "bank_transfer" | "cash" | "write_off";
                                paidOn: string | null;
                                reason: string | null;
                                receiptNumber: string | null;
                                targetAdjustmentId: number | null;
                                targetEnrolmentId: number | null;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            outstandingAmount: number;
                            program: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "settled" | "written_off";
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debts/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 欠款核销 (county) with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustmentId: number;
                            ageDays: number;
                            areaCode: string;
                            areaName: string;
                            closedAt: string | null;
                            collectedAmount: number;
                            createdAt: string;
                            enrolmentId: number;
                            entries: {
                                amount: number;
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "deduction" | "bank_transfer" | "cash" | "write_off";
                                paidOn: string | null;
                                reason: string | null;
                                receiptNumber: string | null;
                                targetAdjustmentId: number | null;
                                targetEnrolmentId: number | null;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            outstandingAmount: number;
                            program: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "settled" | "written_off";
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载材料 (stream the file; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保障对象 (enrolments of my area, amount in force now) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    page?: number;
                    pageSize?: number;
                    program?: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                    q?: string;
                    status?: "active" | "suspended" | "stopped";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                areaName: string;
                                category: string | null;
                                coveredPersons: number;
                                endMonth: string | null;
                                gradualExitUntil: string | null;
                                householdId: number;
                                id: number;
                                lastReviewDate: string | null;
                                monthlyAmount: number;
                                nextReviewDate: string | null;
                                payeeName: string;
                                personId: number | null;
                                program: string;
                                startMonth: string;
                                /** @enum {string} */
                                status: "active" | "suspended" | "stopped";
                                stopReason: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保障对象详情 (dated changes, back pay and recovery, payments) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustments: {
                                firstMonth: string;
                                id: number;
                                /** @enum {string} */
                                kind: "back_pay" | "recovery";
                                monthlyLimit: number | null;
                                reason: string;
                                settledAmount: number;
                                /** @enum {string} */
                                source: "retroactive_change" | "bank_failure" | "payee_refused" | "manual" | "debt_deduction";
                                /** @enum {string} */
                                status: "open" | "settled" | "cancelled" | "debt";
                                totalAmount: number;
                            }[];
                            areaCode: string;
                            areaName: string;
                            category: string | null;
                            changes: {
                                actor: string | null;
                                createdAt: string;
                                decidedOn: string;
                                effectiveMonth: string;
                                id: number;
                                /** @enum {string} */
                                kind: "start" | "amount" | "suspend" | "resume" | "stop";
                                monthlyAmount: number | null;
                                reason: string | null;
                                reasonCode: string | null;
                            }[];
                            coveredPersons: number;
                            endMonth: string | null;
                            gradualExitUntil: string | null;
                            householdId: number;
                            id: number;
                            lastReviewDate: string | null;
                            monthlyAmount: number;
                            nextReviewDate: string | null;
                            payee: {
                                /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                                bankAccount: string | null;
                                bankName: string | null;
                                /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                                idNumber: string | null;
                                institutionId: number | null;
                                /** @enum {string} */
                                kind: "self" | "household" | "guardian" | "relative" | "institution" | "other";
                                name: string;
                                reason: string | null;
                                /** @enum {string|null} */
                                refusal: "no_account" | "holder_mismatch" | null;
                            };
                            payeeName: string;
                            payments: {
                                amount: number;
                                bankStatus: string;
                                forMonth: string;
                                kind: string;
                                payrollId: number;
                            }[];
                            personId: number | null;
                            program: string;
                            startMonth: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "stopped";
                            stopReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 待遇变更 (amount, suspend, resume, stop from a month; back pay or recovery when retroactive) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveMonth: string;
                        /** @enum {string} */
                        kind: "amount" | "suspend" | "resume" | "stop";
                        monthlyAmount?: number;
                        reason: string;
                        reasonCode: string;
                        recoveryMonthlyLimit?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustment: {
                                firstMonth: string;
                                id: number;
                                /** @enum {string} */
                                kind: "back_pay" | "recovery";
                                monthlyLimit: number | null;
                                reason: string;
                                settledAmount: number;
                                /** @enum {string} */
                                source: "retroactive_change" | "bank_failure" | "payee_refused" | "manual" | "debt_deduction";
                                /** @enum {string} */
                                status: "open" | "settled" | "cancelled" | "debt";
                                totalAmount: number;
                            } | null;
                            enrolment: {
                                adjustments: {
                                    firstMonth: string;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "back_pay" | "recovery";
                                    monthlyLimit: number | null;
                                    reason: string;
                                    settledAmount: number;
                                    /** @enum {string} */
                                    source: "retroactive_change" | "bank_failure" | "payee_refused" | "manual" | "debt_deduction";
                                    /** @enum {string} */
                                    status: "open" | "settled" | "cancelled" | "debt";
                                    totalAmount: number;
                                }[];
                                areaCode: string;
                                areaName: string;
                                category: string | null;
                                changes: {
                                    actor: string | null;
                                    createdAt: string;
                                    decidedOn: string;
                                    effectiveMonth: string;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "start" | "amount" | "suspend" | "resume" | "stop";
                                    monthlyAmount: number | null;
                                    reason: string | null;
                                    reasonCode: string | null;
                                }[];
                                coveredPersons: number;
                                endMonth: string | null;
                                gradualExitUntil: string | null;
                                householdId: number;
                                id: number;
                                lastReviewDate: string | null;
                                monthlyAmount: number;
                                nextReviewDate: string | null;
                                payee: {
                                    /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                                    bankAccount: string | null;
                                    bankName: string | null;
                                    /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                                    idNumber: string | null;
                                    institutionId: number | null;
                                    /** @enum {string} */
                                    kind: "self" | "household" | "guardian" | "relative" | "institution" | "other";
                                    name: string;
                                    reason: string | null;
                                    /** @enum {string|null} */
                                    refusal: "no_account" | "holder_mismatch" | null;
                                };
                                payeeName: string;
                                payments: {
                                    amount: number;
                                    bankStatus: string;
                                    forMonth: string;
                                    kind: string;
                                    payrollId: number;
                                }[];
                                personId: number | null;
                                program: string;
                                startMonth: string;
                                /** @enum {string} */
                                status: "active" | "suspended" | "stopped";
                                stopReason: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/payee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置代领人 (guardian, relative, institution or other, with the reason; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumber?: string;
                        bankName?: string;
                        idNumber?: string;
                        institutionId?: number;
                        /** @enum {string} */
                        kind: "guardian" | "relative" | "institution" | "other";
                        name?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                            bankAccount: string | null;
                            bankName: string | null;
                            /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                            idNumber: string | null;
                            institutionId: number | null;
                            /** @enum {string} */
                            kind: "self" | "household" | "guardian" | "relative" | "institution" | "other";
                            name: string;
                            reason: string | null;
                            /** @enum {string|null} */
                            refusal: "no_account" | "holder_mismatch" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** 取消代领 (the person, or the household account holder, is paid again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                            bankAccount: string | null;
                            bankName: string | null;
                            /** @description masked; full value: POST /enrolments/{id}/payee/reveal */
                            idNumber: string | null;
                            institutionId: number | null;
                            /** @enum {string} */
                            kind: "self" | "household" | "guardian" | "relative" | "institution" | "other";
                            name: string;
                            reason: string | null;
                            /** @enum {string|null} */
                            refusal: "no_account" | "holder_mismatch" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/payee/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看收款人完整身份证号和银行账号 (roles that may reveal, in their area; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankAccount: string | null;
                            idNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrolments/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 救助证 PDF (the enrolment’s certificate, issued by the district bureau; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 (liveness and database reachability) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            db: "sqlite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 户档案列表 (households in scope; search, filters, pages) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    disabled?: "true" | "false";
                    flag?: "solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    urbanRural?: "urban" | "rural";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                areaCode: string;
                                areaName: string;
                                /** @enum {string|null} */
                                category: "A" | "B" | "C" | null;
                                headIdNumberMasked: string | null;
                                headName: string | null;
                                id: number;
                                memberCount: number;
                                updatedAt: string;
                                /** @enum {string} */
                                urbanRural: "urban" | "rural";
                                version: number;
                            }[];
                            total: number;
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建户档案 (create a household with its members) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        areaCode: string;
                        /** @default [] */
                        assets?: {
                            areaSqm?: number | null;
                            description?: string | null;
                            /** @default false */
                            exempt?: boolean;
                            idNumber?: string;
                            personId?: number;
                            /** @enum {string} */
                            type: "deposit" | "securities" | "vehicle" | "house" | "business";
                            /** @default 0 */
                            value?: number;
                        }[];
                        bankAccount?: {
                            accountHolder: string;
                            accountNumber: string;
                            bankName: string;
                        } | null;
                        /** @enum {string|null} */
                        category?: "A" | "B" | "C" | null;
                        /** @default [] */
                        deductions?: {
                            idNumber?: string;
                            monthly: number;
                            personId?: number;
                            /**
                             * @default social_insurance
                             * @enum {string}
                             */
                            type?: "social_insurance";
                        }[];
                        /** @default [] */
                        incomes?: {
                            idNumber?: string;
                            monthly: number;
                            note?: string | null;
                            personId?: number;
                            /** @enum {string} */
                            type: "wage" | "business" | "property" | "pension" | "maintenance" | "transfer" | "other" | "dibao" | "tekun" | "temporary_assistance" | "disability_subsidy" | "elderly_allowance" | "orphan_allowance" | "entitled_group_payment" | "bravery_award" | "family_planning_reward";
                        }[];
                        members: {
                            bankAccount?: {
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            /** Format: date */
                            birthDate?: string;
                            diagnosis?: string | null;
                            disability?: {
                                /** @enum {string} */
                                category: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                                certificate?: string | null;
                                grade: number;
                            } | null;
                            /**
                             * @default not_applicable
                             * @enum {string}
                             */
                            employment?: "employed" | "flexible" | "unemployed" | "retired" | "not_applicable";
                            ethnicity?: string | null;
                            /** @default [] */
                            flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                            /**
                             * @default healthy
                             * @enum {string}
                             */
                            health?: "healthy" | "chronic" | "serious";
                            idNumber: string;
                            /** @default false */
                            inPrison?: boolean;
                            /**
                             * @default full
                             * @enum {string}
                             */
                            laborCapacity?: "full" | "partial" | "none";
                            /** @enum {string|null} */
                            maritalStatus?: "unmarried" | "married" | "divorced" | "widowed" | null;
                            name: string;
                            phone?: string | null;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                            /** @enum {string|null} */
                            selfCare?: "self" | "partial" | "full" | null;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** @default false */
                            student?: boolean;
                        }[];
                        /** @default [] */
                        obligors?: {
                            /** @default true */
                            ableToSupport?: boolean;
                            idNumber?: string | null;
                            /** @default 0 */
                            monthlySupport?: number;
                            name: string;
                            relation: string;
                        }[];
                        phone?: string | null;
                        /** @enum {string} */
                        urbanRural: "urban" | "rural";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 户档案 (the household file; each view audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改户档案 (edit; 409 on a stale version) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        assets?: {
                            areaSqm?: number | null;
                            description?: string | null;
                            /** @default false */
                            exempt?: boolean;
                            idNumber?: string;
                            personId?: number;
                            /** @enum {string} */
                            type: "deposit" | "securities" | "vehicle" | "house" | "business";
                            /** @default 0 */
                            value?: number;
                        }[];
                        bankAccount?: {
                            accountHolder: string;
                            accountNumber: string;
                            bankName: string;
                        } | null;
                        /** @enum {string|null} */
                        category?: "A" | "B" | "C" | null;
                        deductions?: {
                            idNumber?: string;
                            monthly: number;
                            personId?: number;
                            /**
                             * @default social_insurance
                             * @enum {string}
                             */
                            type?: "social_insurance";
                        }[];
                        incomes?: {
                            idNumber?: string;
                            monthly: number;
                            note?: string | null;
                            personId?: number;
                            /** @enum {string} */
                            type: "wage" | "business" | "property" | "pension" | "maintenance" | "transfer" | "other" | "dibao" | "tekun" | "temporary_assistance" | "disability_subsidy" | "elderly_allowance" | "orphan_allowance" | "entitled_group_payment" | "bravery_award" | "family_planning_reward";
                        }[];
                        members?: {
                            bankAccount?: {
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            /** Format: date */
                            birthDate?: string;
                            diagnosis?: string | null;
                            disability?: {
                                /** @enum {string} */
                                category: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                                certificate?: string | null;
                                grade: number;
                            } | null;
                            /** @enum {string} */
                            employment?: "employed" | "flexible" | "unemployed" | "retired" | "not_applicable";
                            ethnicity?: string | null;
                            flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                            /** @enum {string} */
                            health?: "healthy" | "chronic" | "serious";
                            idNumber?: string;
                            inPrison?: boolean;
                            /** @enum {string} */
                            laborCapacity?: "full" | "partial" | "none";
                            /** @enum {string|null} */
                            maritalStatus?: "unmarried" | "married" | "divorced" | "widowed" | null;
                            name?: string;
                            personId: number;
                            phone?: string | null;
                            /** @enum {string} */
                            relation?: "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                            /** @enum {string|null} */
                            selfCare?: "self" | "partial" | "full" | null;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            student?: boolean;
                        }[];
                        obligors?: {
                            /** @default true */
                            ableToSupport?: boolean;
                            idNumber?: string | null;
                            /** @default 0 */
                            monthlySupport?: number;
                            name: string;
                            relation: string;
                        }[];
                        phone?: string | null;
                        /** @enum {string} */
                        urbanRural?: "urban" | "rural";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/households/{id}/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一户一档：保障、在办案件、最近发放、欠款与人员状态 (enrolments with amount, category, status and next review; open cases; last payments; open debts; status history) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            enrolments: {
                                category: string | null;
                                coveredPersons: number;
                                endMonth: string | null;
                                id: number;
                                monthlyAmount: number;
                                nextReviewDate: string | null;
                                personId: number | null;
                                personName: string | null;
                                program: string;
                                startMonth: string;
                                status: string;
                                stopReason: string | null;
                            }[];
                            householdId: number;
                            lastPayments: {
                                amount: number;
                                bankStatus: string;
                                enrolmentId: number;
                                forMonth: string;
                                id: number;
                                kind: string;
                                paidIn: string;
                                payrollId: number;
                                payrollStatus: string;
                                program: string;
                            }[];
                            openCases: {
                                createdAt: string;
                                dueOn: string;
                                id: number;
                                program: string;
                                state: string;
                                subjectPersonId: number | null;
                            }[];
                            openDebts: {
                                createdAt: string;
                                enrolmentId: number;
                                id: number;
                                outstandingAmount: number;
                                program: string;
                                totalAmount: number;
                            }[];
                            statusHistory: {
                                createdAt: string;
                                date: string;
                                destination: string | null;
                                id: number;
                                note: string | null;
                                personId: number;
                                previousStatus: string;
                                recordedBy: string | null;
                                source: string;
                                status: string;
                                until: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按户测算 (run a program for a registered household on a date; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf?: string;
                        /** @enum {string} */
                        program: "dibao" | "dibao_edge" | "tekun" | "elderly_allowance" | "disability_living" | "disability_care" | "orphan" | "de_facto_orphan";
                        subjectPersonId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eligible: boolean;
                            explanation: {
                                lines: {
                                    label: string;
                                    memberIndex?: number;
                                    param?: string;
                                    step: string;
                                    value: string;
                                }[];
                                reasons: string[];
                            };
                            /** @description fen */
                            monthlyAmount: number;
                            perCapitaIncome?: number;
                            policyVersion: string;
                            program: string;
                            reasons: string[];
                            scenario: unknown;
                            trace: {
                                detail?: {
                                    [key: string]: unknown;
                                };
                                memberIndex?: number;
                                param?: string;
                                step: string;
                                value: number | string | boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核对授权书 (each member, adult or not, and the consent on file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                adult: boolean;
                                documentId: number | null;
                                name: string;
                                personId: number;
                                uploadedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料列表 (documents on the file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contentType: string;
                                filename: string;
                                householdId: number;
                                id: number;
                                kind: string;
                                sha256: string;
                                size: number;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 上传材料 (multipart: field "kind" then one file; JPEG/PNG/PDF up to 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            filename: string;
                            householdId: number;
                            id: number;
                            kind: string;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更户主 (change the head) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        /** @default {} */
                        relations?: {
                            [key: string]: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更记录 (who changed what, old → new) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorUsername: string | null;
                                at: string;
                                newValue: unknown;
                                oldValue: unknown;
                                /** @description true when health fields were hidden from this reader (values read "（已隐去）") */
                                redacted: boolean;
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加成员 (add a new member) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: {
                            bankAccount?: {
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            /** Format: date */
                            birthDate?: string;
                            diagnosis?: string | null;
                            disability?: {
                                /** @enum {string} */
                                category: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                                certificate?: string | null;
                                grade: number;
                            } | null;
                            /**
                             * @default not_applicable
                             * @enum {string}
                             */
                            employment?: "employed" | "flexible" | "unemployed" | "retired" | "not_applicable";
                            ethnicity?: string | null;
                            /** @default [] */
                            flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                            /**
                             * @default healthy
                             * @enum {string}
                             */
                            health?: "healthy" | "chronic" | "serious";
                            idNumber: string;
                            /** @default false */
                            inPrison?: boolean;
                            /**
                             * @default full
                             * @enum {string}
                             */
                            laborCapacity?: "full" | "partial" | "none";
                            /** @enum {string|null} */
                            maritalStatus?: "unmarried" | "married" | "divorced" | "widowed" | null;
                            name: string;
                            phone?: string | null;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                            /** @enum {string|null} */
                            selfCare?: "self" | "partial" | "full" | null;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** @default false */
                            student?: boolean;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members/{personId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传核对授权书 (multipart, one file: the member's signed consent; JPEG/PNG/PDF) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    personId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filename: string;
                            householdId: number;
                            id: number;
                            kind: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members/{personId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移除成员 (take a member off the file, with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    personId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/members/move-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 迁入成员 (move a person from another household) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fromVersion: number;
                        personId: number;
                        /** @enum {string} */
                        relation: "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合户 (merge another household into this one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        otherHouseholdId: number;
                        otherVersion: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 迁移 (move to another community) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        areaCode: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            areaCode: string;
                            areaName: string;
                            assets: {
                                areaSqm: number | null;
                                description: string | null;
                                exempt: boolean;
                                memberName: string | null;
                                personId: number | null;
                                type: string;
                                value: number;
                            }[];
                            bankAccount: {
                                accountHolder: string;
                                accountNumberMasked: string;
                                bankName: string;
                            } | null;
                            /** @enum {string|null} */
                            category: "A" | "B" | "C" | null;
                            createdAt: string;
                            deductions: {
                                memberName: string;
                                monthly: number;
                                personId: number;
                                type: string;
                            }[];
                            headPersonId: number | null;
                            id: number;
                            incomes: {
                                memberName: string;
                                monthly: number;
                                note: string | null;
                                personId: number;
                                type: string;
                            }[];
                            members: {
                                age: number;
                                /** @description the member's own account (the holder is the member) */
                                bankAccount: {
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                birthDate: string;
                                diagnosis: string | null;
                                disability: {
                                    category: string;
                                    certificate: string | null;
                                    grade: number;
                                } | null;
                                employment: string;
                                ethnicity: string | null;
                                flags: string[];
                                /** @description null for roles that may not see health data */
                                health: string | null;
                                id: number;
                                idNumberMasked: string;
                                inPrison: boolean;
                                laborCapacity: string;
                                /** @enum {string} */
                                lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                maritalStatus: string | null;
                                name: string;
                                phone: string | null;
                                relation: string;
                                selfCare: string | null;
                                /** @enum {string} */
                                sex: "male" | "female";
                                statusDate: string | null;
                                student: boolean;
                            }[];
                            obligors: {
                                ableToSupport: boolean;
                                idNumberMasked: string | null;
                                monthlySupport: number;
                                name: string;
                                relation: string;
                            }[];
                            phone: string | null;
                            status: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urbanRural: "urban" | "rural";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/papers/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 家庭经济状况核对授权书 PDF (one page per adult member, to sign; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分户 (split members into a new household) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        headPersonId: number;
                        personIds: number[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: {
                                address: string;
                                areaCode: string;
                                areaName: string;
                                assets: {
                                    areaSqm: number | null;
                                    description: string | null;
                                    exempt: boolean;
                                    memberName: string | null;
                                    personId: number | null;
                                    type: string;
                                    value: number;
                                }[];
                                bankAccount: {
                                    accountHolder: string;
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                /** @enum {string|null} */
                                category: "A" | "B" | "C" | null;
                                createdAt: string;
                                deductions: {
                                    memberName: string;
                                    monthly: number;
                                    personId: number;
                                    type: string;
                                }[];
                                headPersonId: number | null;
                                id: number;
                                incomes: {
                                    memberName: string;
                                    monthly: number;
                                    note: string | null;
                                    personId: number;
                                    type: string;
                                }[];
                                members: {
                                    age: number;
                                    /** @description the member's own account (the holder is the member) */
                                    bankAccount: {
                                        accountNumberMasked: string;
                                        bankName: string;
                                    } | null;
                                    birthDate: string;
                                    diagnosis: string | null;
                                    disability: {
                                        category: string;
                                        certificate: string | null;
                                        grade: number;
                                    } | null;
                                    employment: string;
                                    ethnicity: string | null;
                                    flags: string[];
                                    /** @description null for roles that may not see health data */
                                    health: string | null;
                                    id: number;
                                    idNumberMasked: string;
                                    inPrison: boolean;
                                    laborCapacity: string;
                                    /** @enum {string} */
                                    lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                    maritalStatus: string | null;
                                    name: string;
                                    phone: string | null;
                                    relation: string;
                                    selfCare: string | null;
                                    /** @enum {string} */
                                    sex: "male" | "female";
                                    statusDate: string | null;
                                    student: boolean;
                                }[];
                                obligors: {
                                    ableToSupport: boolean;
                                    idNumberMasked: string | null;
                                    monthlySupport: number;
                                    name: string;
                                    relation: string;
                                }[];
                                phone: string | null;
                                status: string;
                                updatedAt: string;
                                /** @enum {string} */
                                urbanRural: "urban" | "rural";
                                version: number;
                            };
                            original: {
                                address: string;
                                areaCode: string;
                                areaName: string;
                                assets: {
                                    areaSqm: number | null;
                                    description: string | null;
                                    exempt: boolean;
                                    memberName: string | null;
                                    personId: number | null;
                                    type: string;
                                    value: number;
                                }[];
                                bankAccount: {
                                    accountHolder: string;
                                    accountNumberMasked: string;
                                    bankName: string;
                                } | null;
                                /** @enum {string|null} */
                                category: "A" | "B" | "C" | null;
                                createdAt: string;
                                deductions: {
                                    memberName: string;
                                    monthly: number;
                                    personId: number;
                                    type: string;
                                }[];
                                headPersonId: number | null;
                                id: number;
                                incomes: {
                                    memberName: string;
                                    monthly: number;
                                    note: string | null;
                                    personId: number;
                                    type: string;
                                }[];
                                members: {
                                    age: number;
                                    /** @description the member's own account (the holder is the member) */
                                    bankAccount: {
                                        accountNumberMasked: string;
                                        bankName: string;
                                    } | null;
                                    birthDate: string;
                                    diagnosis: string | null;
                                    disability: {
                                        category: string;
                                        certificate: string | null;
                                        grade: number;
                                    } | null;
                                    employment: string;
                                    ethnicity: string | null;
                                    flags: string[];
                                    /** @description null for roles that may not see health data */
                                    health: string | null;
                                    id: number;
                                    idNumberMasked: string;
                                    inPrison: boolean;
                                    laborCapacity: string;
                                    /** @enum {string} */
                                    lifeStatus: "alive" | "deceased" | "moved_away" | "imprisoned";
                                    maritalStatus: string | null;
                                    name: string;
                                    phone: string | null;
                                    relation: string;
                                    selfCare: string | null;
                                    /** @enum {string} */
                                    sex: "male" | "female";
                                    statusDate: string | null;
                                    student: boolean;
                                }[];
                                obligors: {
                                    ableToSupport: boolean;
                                    idNumberMasked: string | null;
                                    monthlySupport: number;
                                    name: string;
                                    relation: string;
                                }[];
                                phone: string | null;
                                status: string;
                                updatedAt: string;
                                /** @enum {string} */
                                urbanRural: "urban" | "rural";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出户档案 (.xlsx, the filtered list in the import layout; audited) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    disabled?: "true" | "false";
                    flag?: "solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group";
                    q?: string;
                    urbanRural?: "urban" | "rural";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入户档案 (multipart .xlsx) — answered 202 at once with a job; GET /jobs/{id} shows progress, then the import result (per-row errors; dryRun=true validates only) */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            attempts: number;
                            createdAt: string;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            finishedAt: string | null;
                            heartbeatAt: string | null;
                            id: number;
                            jobId: number;
                            kind: string;
                            progress: {
                                done: number;
                                phase: string | null;
                                total: number | null;
                            };
                            /** @description the import result once the job has succeeded */
                            result: {
                                created: number;
                                dryRun: boolean;
                                errors: {
                                    column: string;
                                    message: string;
                                    row: number;
                                    sheet: string;
                                }[];
                                households: number;
                                /** @description id of the annotated workbook (the upload with bad cells marked), when there are errors */
                                reportId: string | null;
                                skipped: number;
                                updated: number;
                            } | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            submittedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 (.xlsx: 户信息 + 成员) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{reportId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入错误报告 (the upload with bad cells marked red and explained) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办 (cases waiting for my role in my area, by due date) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acceptedOn: string | null;
                                actions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                                areaCode: string;
                                areaName: string;
                                dueOn: string | null;
                                forwarded: boolean;
                                headName: string | null;
                                householdId: number;
                                id: number;
                                investigationDueOn: string | null;
                                investigationOverdue: boolean;
                                overdue: boolean;
                                program: string;
                                relativeFlagged: boolean;
                                state: string;
                                workingDaysLeft: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 供养机构 (care homes of the district, paid for their residents) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                /** @description masked; full value: POST /institutions/{id}/reveal */
                                bankAccount: string;
                                bankName: string;
                                createdAt: string;
                                id: number;
                                kind: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记供养机构 (county approver or admin; the account is held in the institution name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumber: string;
                        areaCode: string;
                        bankName: string;
                        /** @enum {string} */
                        kind: "nursing_home" | "welfare_home" | "care_home" | "other";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            /** @description masked; full value: POST /institutions/{id}/reveal */
                            bankAccount: string;
                            bankName: string;
                            createdAt: string;
                            id: number;
                            kind: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看供养机构完整银行账号 (roles that may reveal, in their district; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankAccount: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的后台任务 (own jobs, newest first) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                attempts: number;
                                createdAt: string;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                finishedAt: string | null;
                                heartbeatAt: string | null;
                                id: number;
                                kind: string;
                                progress: {
                                    done: number;
                                    phase: string | null;
                                    total: number | null;
                                };
                                result: unknown;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                submittedBy: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务 (a job: status, progress, result; the submitter or anyone whose area covers it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            attempts: number;
                            createdAt: string;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            finishedAt: string | null;
                            heartbeatAt: string | null;
                            id: number;
                            kind: string;
                            progress: {
                                done: number;
                                phase: string | null;
                                total: number | null;
                            };
                            result: unknown;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            submittedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量比对 (every enrolled household of the area against every source, as a job; 202 with the run id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            jobId: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 比对任务 (status running/done/failed and counts) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            counts: {
                                findings: number;
                                households: number;
                                householdsTotal: number | null;
                                newAlerts: number;
                                persons: number;
                            };
                            createdAt: string;
                            finishedAt: string | null;
                            id: number;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{areaCode}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示 PDF (the open notices of a community, masked, for the notice board) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议 (resolve an objection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("accept" | "complete_investigation" | "complete_verification" | "complete_democratic_review" | "street_approve" | "close_notice" | "confirm" | "reject" | "return" | "withdraw" | "appeal" | "decide_appeal" | "pay_urgent")[];
                            areaCode: string;
                            areaName: string;
                            calculatedAmount: number | null;
                            /** @description the calculation trace the amount was frozen with */
                            calculation: unknown;
                            category: string | null;
                            checklist: string[];
                            clock: {
                                acceptedOn: string | null;
                                dueOn: string | null;
                                overdue: boolean;
                                scheduleKnown: boolean;
                                workingDaysLeft: number | null;
                            };
                            decisionText: string | null;
                            democraticReview: boolean;
                            events: {
                                action: string;
                                actorName: string | null;
                                actorUsername: string | null;
                                at: string;
                                comment: string | null;
                                data: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @description 一门受理: the owning street accepts; a window of another street only took the file */
                            intake: {
                                awaitingStreet: boolean;
                                forwarded: boolean;
                                handledHere: boolean;
                                owningStreetCode: string;
                                owningStreetName: string;
                                receivingStreetName: string;
                            };
                            /** @description 入户调查 starts by dueOn */
                            investigation: {
                                dueOn: string;
                                late: boolean;
                                overdue: boolean;
                                startedOn: string | null;
                            } | null;
                            notice: {
                                closesOn: string;
                                id: number;
                                maskedIdNumber: string;
                                maskedName: string;
                                monthlyAmount: number;
                                openedOn: string;
                                over: boolean;
                                round: number;
                                rounds: number;
                            } | null;
                            notices: {
                                closesOn: string;
                                id: number;
                                openedOn: string;
                                round: number;
                                rounds: number;
                            }[];
                            objections: {
                                content: string;
                                createdAt: string;
                                id: number;
                                raisedBy: string;
                                receivedVia: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved";
                            }[];
                            /** @enum {string} */
                            path: "full" | "short";
                            /** @description the label of the policy the amount was frozen under (2025-01-01/b191a2b8) */
                            policyVersion: string | null;
                            /** @description a built-in program code or a local one (local_…) */
                            program: string;
                            receivingStreetCode: string | null;
                            records: {
                                createdAt: string;
                                data: unknown;
                                happenedOn: string;
                                id: number;
                                kind: string;
                                staffCount: number;
                            }[];
                            /** @description 不予确认通知书 to be issued by dueOn */
                            rejectionNotice: {
                                dueOn: string;
                            } | null;
                            relativeFlagged: boolean;
                            /** @description 近亲属单独审查 by the county */
                            relativeReview: {
                                at: string;
                                by: string;
                                review: string;
                            } | null;
                            /** @description the area's rules in force today (policy cases.*) */
                            rules: {
                                extendedWorkingDays: number;
                                notice: {
                                    days: number;
                                    rounds: number;
                                };
                                reviewPanelMinimum: number;
                            };
                            state: string;
                            subjectName: string | null;
                            subjectPersonId: number | null;
                            temporary: {
                                event: string | null;
                                eventDescription: string | null;
                                requestedAmount: number | null;
                                type: string;
                            } | null;
                            urgentAmount: number | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放名册列表 (newest month first) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    month?: string;
                    page?: number;
                    pageSize?: number;
                    program?: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                    status?: "prepared" | "approved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                approvedAt: string | null;
                                approvedBy: string | null;
                                areaCode: string;
                                areaName: string;
                                bankCounts: {
                                    failed: number;
                                    paid: number;
                                    pending: number;
                                };
                                bankResultAt: string | null;
                                cityAmount: number;
                                createdAt: string;
                                createdBy: string | null;
                                differences: {
                                    changed: number;
                                    new: number;
                                    stopped: number;
                                };
                                districtAmount: number;
                                funding: {
                                    cityShare: string;
                                    source: string;
                                } | null;
                                households: number;
                                id: number;
                                institutions: {
                                    amount: number;
                                    bankAccount: string;
                                    bankName: string;
                                    institutionId: number;
                                    name: string;
                                    residents: string[];
                                }[];
                                /** @enum {string} */
                                kind: "monthly" | "lump_sum";
                                lumpSumPerPerson: number | null;
                                month: string;
                                months: string[];
                                /** @enum {string} */
                                period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                                persons: number;
                                program: string;
                                refusedLines: number;
                                /** @enum {string} */
                                status: "prepared" | "approved";
                                title: string;
                                totalAmount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 生成发放名册 (201 when made, 200 with the same payroll when it exists; months pays several months together) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        month: string;
                        months?: string[];
                        program: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放名册 (totals, fund split, bank results, differences from last month) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批名册 (county approver only; 409 when already approved) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/bank-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代发文件 (approved payrolls: CSV with BOM or .xlsx; 姓名, 身份证号, 开户银行, 银行账号, 金额(元), 业务参考号) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/bank-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入银行回盘 (multipart file .csv/.xlsx: 业务参考号, 状态 成功/失败, 失败原因) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            failed: number;
                            paid: number;
                            unknown: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 名册明细 (ID and account numbers masked; filters: payee/ID suffix/reference, kind, change against last month, bank status) */
        get: {
            parameters: {
                query?: {
                    bankStatus?: "pending" | "paid" | "failed";
                    change?: "new" | "changed" | "same";
                    kind?: "regular" | "back_pay" | "recovery" | "lump_sum";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    refusal?: "any" | "no_account" | "holder_mismatch";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number;
                                areaCode: string;
                                areaName: string;
                                /** @description masked (last 4 digits); full value: POST /payrolls/{id}/lines/{lineId}/reveal */
                                bankAccount: string | null;
                                bankName: string | null;
                                /** @enum {string} */
                                bankStatus: "pending" | "paid" | "failed";
                                category: string | null;
                                /** @enum {string|null} */
                                change: "new" | "changed" | "same" | null;
                                enrolmentId: number;
                                failureReason: string | null;
                                forMonth: string;
                                householdId: number;
                                id: number;
                                /** @enum {string} */
                                kind: "regular" | "back_pay" | "recovery" | "lump_sum";
                                /** @description masked (4201**********1234); full value: POST /payrolls/{id}/lines/{lineId}/reveal */
                                payeeIdNumber: string;
                                /** @enum {string|null} */
                                payeeKind: "self" | "household" | "guardian" | "relative" | "institution" | "other" | null;
                                payeeName: string;
                                persons: number;
                                previousAmount: number | null;
                                reason: string;
                                reference: string;
                                /** @enum {string|null} */
                                refusal: "no_account" | "holder_mismatch" | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/lines/{lineId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号和银行账号 (one line; roles that may reveal, in their area; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    lineId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankAccount: string | null;
                            idNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放名册 PDF (every line, masked, with a column to sign; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/{id}/stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 停发名单 (paid last month, not this month) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                enrolmentId: number;
                                householdId: number;
                                payeeIdNumber: string;
                                payeeName: string;
                                previousAmount: number;
                                stopReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/lump-sums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一次性补助名册 (e.g. 春节补助: amount per covered person) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountPerPerson: number;
                        areaCode: string;
                        month: string;
                        program: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            areaCode: string;
                            areaName: string;
                            bankCounts: {
                                failed: number;
                                paid: number;
                                pending: number;
                            };
                            bankResultAt: string | null;
                            cityAmount: number;
                            createdAt: string;
                            createdBy: string | null;
                            differences: {
                                changed: number;
                                new: number;
                                stopped: number;
                            };
                            districtAmount: number;
                            funding: {
                                cityShare: string;
                                source: string;
                            } | null;
                            households: number;
                            id: number;
                            institutions: {
                                amount: number;
                                bankAccount: string;
                                bankName: string;
                                institutionId: number;
                                name: string;
                                residents: string[];
                            }[];
                            /** @enum {string} */
                            kind: "monthly" | "lump_sum";
                            lumpSumPerPerson: number | null;
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            persons: number;
                            program: string;
                            refusedLines: number;
                            /** @enum {string} */
                            status: "prepared" | "approved";
                            title: string;
                            totalAmount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payrolls/period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放周期 (the period a payroll of this program, area and month would pay: payments.periods) */
        get: {
            parameters: {
                query: {
                    areaCode: string;
                    month: string;
                    program: ("dibao" | "tekun" | "temporary" | "disability_living" | "disability_care" | "elderly_allowance" | "orphan" | "de_facto_orphan") | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            months: string[];
                            /** @enum {string} */
                            period: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员查询 (ID number, last digits, name or pinyin initials) */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                areaCode: string;
                                areaName: string;
                                birthDate: string;
                                householdId: number;
                                id: number;
                                idNumberMasked: string;
                                name: string;
                                relation: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/id-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看完整身份证号 (reveal; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人员状态登记 (community, street, county): a death or imprisonment stops the person’s benefits from the month after, with recovery of months paid since; 409 for an impossible change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        destination?: string;
                        note?: string;
                        /** @enum {string} */
                        source: "police" | "funeral" | "family" | "visit" | "court" | "other";
                        /** @enum {string} */
                        status: "alive" | "deceased" | "moved_away" | "imprisoned";
                        /** Format: date */
                        until?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enrolmentChanges: {
                                debts: {
                                    amount: number;
                                    debtId: number;
                                }[];
                                effectiveMonth: string;
                                enrolmentId: number;
                                /** @enum {string} */
                                kind: "stop" | "amount";
                                monthlyAmount: number | null;
                                program: string;
                                recovery: {
                                    id: number;
                                    totalAmount: number;
                                } | null;
                            }[];
                            history: {
                                createdAt: string;
                                date: string;
                                destination: string | null;
                                id: number;
                                note: string | null;
                                previousStatus: string;
                                recordedBy: string | null;
                                source: string;
                                status: string;
                                until: string | null;
                            }[];
                            householdClosed: boolean;
                            householdId: number;
                            personId: number;
                            /** @enum {string} */
                            status: "alive" | "deceased" | "moved_away" | "imprisoned";
                            statusDate: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现行政策 (the policy in force for an area on a date, with where each value comes from) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            asOf: string;
                            policy: {
                                cases: {
                                    /** @default 10 */
                                    alertWorkingDays: number;
                                    /** @default 3 */
                                    decisionNoticeWorkingDays: number;
                                    /** @default 30 */
                                    decisionWorkingDays: number;
                                    /** @default 45 */
                                    extendedWorkingDays: number;
                                    /** @default 3 */
                                    investigationStartWorkingDays: number;
                                    /** @default 7 */
                                    noticeDays: number;
                                    /** @default {} */
                                    noticeDaysByProgram: {
                                        [key: string]: number;
                                    };
                                    /** @default {} */
                                    noticeRoundsByProgram: {
                                        [key: string]: number;
                                    };
                                    /** @default 20 */
                                    reviewPanelMinimum: number;
                                };
                                complaints: {
                                    /** @default 15 */
                                    handlingWorkingDays: number;
                                };
                                dibao: {
                                    assetMonths: number;
                                    edgeMultiplier: string;
                                    excludedIncomeTypes: ("wage" | "business" | "property" | "pension" | "maintenance" | "transfer" | "other" | "dibao" | "tekun" | "temporary_assistance" | "disability_subsidy" | "elderly_allowance" | "orphan_allowance" | "entitled_group_payment" | "bravery_award" | "family_planning_reward")[];
                                    gradualExitMonths: number;
                                    increments: {
                                        age70: string;
                                        minorOrStudent: string;
                                        seriousIllness: string;
                                        severeDisability: string;
                                    };
                                    maxHouses: number;
                                    minimumPerPerson: number;
                                    ruralStandard: number;
                                    urbanStandard: number;
                                    workCostCap: number;
                                    workCostShare: string;
                                };
                                disability: {
                                    careAmount: number;
                                    careGrades: {
                                        categories?: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                                        grade: number;
                                    }[];
                                    livingAmount: number;
                                };
                                elderly: {
                                    tiers: {
                                        amount: number;
                                        minAge: number;
                                    }[];
                                };
                                funding: {
                                    cityShare: string;
                                    /** @default {} */
                                    programShares: {
                                        [key: string]: string;
                                    };
                                };
                                orphan: {
                                    standard: number;
                                };
                                payments: {
                                    /** @default {} */
                                    periods: {
                                        [key: string]: "monthly" | "quarterly" | "half_yearly" | "yearly";
                                    };
                                };
                                reviews: {
                                    /** @default 12 */
                                    categoryAMonths: number;
                                    /** @default 6 */
                                    categoryBMonths: number;
                                    /** @default 3 */
                                    categoryCMonths: number;
                                    /** @default 12 */
                                    tekunMonths: number;
                                };
                                tekun: {
                                    care: {
                                        full: number;
                                        partial: number;
                                        self: number;
                                    };
                                    multiplier: string;
                                };
                                temporary: {
                                    maxMonths: number;
                                    urgentCap: number;
                                    /** @default 12 */
                                    yearlyMaxMonths: number;
                                };
                            };
                            sources: {
                                [key: string]: {
                                    areaCode: string;
                                    effectiveFrom: string;
                                    version: number;
                                };
                            };
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{areaCode}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参数历史 (every version of one parameter that applies to the area) */
        get: {
            parameters: {
                query: {
                    key: "dibao.urbanStandard" | "dibao.ruralStandard" | "dibao.minimumPerPerson" | "dibao.assetMonths" | "dibao.maxHouses" | "dibao.workCostShare" | "dibao.workCostCap" | "dibao.increments" | "dibao.edgeMultiplier" | "dibao.gradualExitMonths" | "dibao.excludedIncomeTypes" | "tekun.multiplier" | "tekun.care" | "elderly.tiers" | "disability.livingAmount" | "disability.careAmount" | "disability.careGrades" | "orphan.standard" | "temporary.maxMonths" | "temporary.urgentCap" | "temporary.yearlyMaxMonths" | "funding.cityShare" | "funding.programShares" | "payments.periods" | "cases.decisionWorkingDays" | "cases.extendedWorkingDays" | "cases.investigationStartWorkingDays" | "cases.decisionNoticeWorkingDays" | "cases.noticeDays" | "cases.noticeDaysByProgram" | "cases.noticeRoundsByProgram" | "cases.reviewPanelMinimum" | "cases.alertWorkingDays" | "reviews.categoryAMonths" | "reviews.categoryBMonths" | "reviews.categoryCMonths" | "reviews.tekunMonths" | "complaints.handlingWorkingDays";
                };
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                createdAt: string;
                                createdBy: string | null;
                                effectiveFrom: string;
                                key: string;
                                note: string | null;
                                value: unknown;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{areaCode}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置参数 (set a parameter from a date; county approver or admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveFrom: string;
                        /** @enum {string} */
                        key: "dibao.urbanStandard" | "dibao.ruralStandard" | "dibao.minimumPerPerson" | "dibao.assetMonths" | "dibao.maxHouses" | "dibao.workCostShare" | "dibao.workCostCap" | "dibao.increments" | "dibao.edgeMultiplier" | "dibao.gradualExitMonths" | "dibao.excludedIncomeTypes" | "tekun.multiplier" | "tekun.care" | "elderly.tiers" | "disability.livingAmount" | "disability.careAmount" | "disability.careGrades" | "orphan.standard" | "temporary.maxMonths" | "temporary.urgentCap" | "temporary.yearlyMaxMonths" | "funding.cityShare" | "funding.programShares" | "payments.periods" | "cases.decisionWorkingDays" | "cases.extendedWorkingDays" | "cases.investigationStartWorkingDays" | "cases.decisionNoticeWorkingDays" | "cases.noticeDays" | "cases.noticeDaysByProgram" | "cases.noticeRoundsByProgram" | "cases.reviewPanelMinimum" | "cases.alertWorkingDays" | "reviews.categoryAMonths" | "reviews.categoryBMonths" | "reviews.categoryCMonths" | "reviews.tekunMonths" | "complaints.handlingWorkingDays";
                        note?: string;
                        value: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            effectiveFrom: string;
                            key: string;
                            value: unknown;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/local": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地方项目列表 (those applying to the area and those defined below it; appliesTo: only those reaching that area) */
        get: {
            parameters: {
                query?: {
                    activeOnly?: "true" | "false";
                    appliesTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                amount: number;
                                /** @enum {string} */
                                amountBasis: "per_person" | "per_household" | "per_covered_person";
                                areaCode: string;
                                areaName: string | null;
                                code: string;
                                createdAt: string;
                                description: string | null;
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "cash" | "in_kind" | "voucher";
                                name: string;
                                /** @enum {string} */
                                paymentPeriod: "monthly" | "quarterly" | "half_yearly" | "yearly";
                                rules: {
                                    /** @default null */
                                    ageMax: number | null;
                                    /** @default null */
                                    ageMin: number | null;
                                    /** @default [] */
                                    disabilityCategories: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                                    /** @default [] */
                                    disabilityGrades: number[];
                                    /** @default [] */
                                    excludedPrograms: string[];
                                    /** @default [] */
                                    flags: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                                    /** @default [] */
                                    requiredPrograms: string[];
                                    /**
                                     * @default null
                                     * @enum {string|null}
                                     */
                                    sex: "male" | "female" | null;
                                    /**
                                     * @default null
                                     * @enum {string|null}
                                     */
                                    urbanRural: "urban" | "rural" | null;
                                };
                                /** @enum {string} */
                                subject: "person" | "household";
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增地方项目 (admin; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        amount: number;
                        /** @enum {string} */
                        amountBasis: "per_person" | "per_household" | "per_covered_person";
                        areaCode: string;
                        code: string;
                        /** @default null */
                        description?: string | null;
                        /** Format: date */
                        effectiveFrom: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        effectiveTo?: string | null;
                        /** @enum {string} */
                        kind: "cash" | "in_kind" | "voucher";
                        name: string;
                        /**
                         * @default monthly
                         * @enum {string}
                         */
                        paymentPeriod?: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /**
                         * @default {
                         *       "ageMin": null,
                         *       "ageMax": null,
                         *       "sex": null,
                         *       "disabilityGrades": [],
                         *       "disabilityCategories": [],
                         *       "flags": [],
                         *       "urbanRural": null,
                         *       "requiredPrograms": [],
                         *       "excludedPrograms": []
                         *     }
                         */
                        rules?: {
                            /** @default null */
                            ageMax?: number | null;
                            /** @default null */
                            ageMin?: number | null;
                            /** @default [] */
                            disabilityCategories?: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                            /** @default [] */
                            disabilityGrades?: number[];
                            /** @default [] */
                            excludedPrograms?: string[];
                            /** @default [] */
                            flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                            /** @default [] */
                            requiredPrograms?: string[];
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            sex?: "male" | "female" | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            urbanRural?: "urban" | "rural" | null;
                        };
                        /** @enum {string} */
                        subject: "person" | "household";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            amount: number;
                            /** @enum {string} */
                            amountBasis: "per_person" | "per_household" | "per_covered_person";
                            areaCode: string;
                            areaName: string | null;
                            code: string;
                            createdAt: string;
                            description: string | null;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "cash" | "in_kind" | "voucher";
                            name: string;
                            /** @enum {string} */
                            paymentPeriod: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            rules: {
                                /** @default null */
                                ageMax: number | null;
                                /** @default null */
                                ageMin: number | null;
                                /** @default [] */
                                disabilityCategories: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                                /** @default [] */
                                disabilityGrades: number[];
                                /** @default [] */
                                excludedPrograms: string[];
                                /** @default [] */
                                flags: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                                /** @default [] */
                                requiredPrograms: string[];
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                sex: "male" | "female" | null;
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                urbanRural: "urban" | "rural" | null;
                            };
                            /** @enum {string} */
                            subject: "person" | "household";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/local/{code}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按户测算地方项目 (eligibility and amount for a registered household, each rule a trace line) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf?: string;
                        householdId: number;
                        subjectPersonId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coveredPersons: number;
                            eligible: boolean;
                            explanation: {
                                lines: {
                                    label: string;
                                    memberIndex?: number;
                                    param?: string;
                                    step: string;
                                    value: string;
                                }[];
                                reasons: string[];
                            };
                            monthlyAmount: number;
                            policyVersion: string;
                            program: string;
                            reasons: string[];
                            trace: {
                                detail?: {
                                    [key: string]: unknown;
                                };
                                memberIndex?: number;
                                param?: string;
                                step: string;
                                value: number | string | boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/local/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改地方项目 (admin; the version read, 409 when changed meanwhile; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        amount: number;
                        /** @enum {string} */
                        amountBasis: "per_person" | "per_household" | "per_covered_person";
                        areaCode: string;
                        /** @default null */
                        description?: string | null;
                        /** Format: date */
                        effectiveFrom: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        effectiveTo?: string | null;
                        /** @enum {string} */
                        kind: "cash" | "in_kind" | "voucher";
                        name: string;
                        /**
                         * @default monthly
                         * @enum {string}
                         */
                        paymentPeriod?: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /**
                         * @default {
                         *       "ageMin": null,
                         *       "ageMax": null,
                         *       "sex": null,
                         *       "disabilityGrades": [],
                         *       "disabilityCategories": [],
                         *       "flags": [],
                         *       "urbanRural": null,
                         *       "requiredPrograms": [],
                         *       "excludedPrograms": []
                         *     }
                         */
                        rules?: {
                            /** @default null */
                            ageMax?: number | null;
                            /** @default null */
                            ageMin?: number | null;
                            /** @default [] */
                            disabilityCategories?: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                            /** @default [] */
                            disabilityGrades?: number[];
                            /** @default [] */
                            excludedPrograms?: string[];
                            /** @default [] */
                            flags?: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                            /** @default [] */
                            requiredPrograms?: string[];
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            sex?: "male" | "female" | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            urbanRural?: "urban" | "rural" | null;
                        };
                        /** @enum {string} */
                        subject: "person" | "household";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            amount: number;
                            /** @enum {string} */
                            amountBasis: "per_person" | "per_household" | "per_covered_person";
                            areaCode: string;
                            areaName: string | null;
                            code: string;
                            createdAt: string;
                            description: string | null;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "cash" | "in_kind" | "voucher";
                            name: string;
                            /** @enum {string} */
                            paymentPeriod: "monthly" | "quarterly" | "half_yearly" | "yearly";
                            rules: {
                                /** @default null */
                                ageMax: number | null;
                                /** @default null */
                                ageMin: number | null;
                                /** @default [] */
                                disabilityCategories: ("visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple")[];
                                /** @default [] */
                                disabilityGrades: number[];
                                /** @default [] */
                                excludedPrograms: string[];
                                /** @default [] */
                                flags: ("solitary_elderly" | "empty_nest" | "left_behind" | "orphan" | "de_facto_orphan" | "entitled_group")[];
                                /** @default [] */
                                requiredPrograms: string[];
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                sex: "male" | "female" | null;
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                urbanRural: "urban" | "rural" | null;
                            };
                            /** @enum {string} */
                            subject: "person" | "household";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 网上举报投诉 (no login; rate-limited per source; answers only the tracking code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        /** @enum {string} */
                        category: "hidden_income" | "staff_relative" | "wrong_amount" | "staff_conduct" | "slow_service" | "other";
                        contact?: string;
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 凭查询码查看办理情况 (no login; status, dates and the reply, never a name) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            concludedOn: string | null;
                            dueOn: string;
                            receivedOn: string;
                            repliedOn: string | null;
                            reply: string | null;
                            /** @enum {string} */
                            status: "received" | "assigned" | "investigating" | "concluded" | "replied";
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 首页统计 (12 months of the area from the pre-aggregated table, its sub-areas, open cases by step) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "city" | "district" | "street" | "community";
                                name: string;
                            };
                            cases: {
                                byState: {
                                    count: number;
                                    overdue: number;
                                    state: string;
                                }[];
                                open: number;
                                overdue: number;
                            };
                            children: {
                                areaCode: string;
                                name: string;
                                programs: {
                                    [key: string]: {
                                        amount: number;
                                        households: number;
                                        persons: number;
                                    };
                                };
                            }[];
                            latest: {
                                amount: number;
                                applicationsApproved: number;
                                applicationsOverdue: number;
                                applicationsReceived: number;
                                applicationsRejected: number;
                                cityAmount: number;
                                disabled: number;
                                districtAmount: number;
                                elderly: number;
                                enrolled: number;
                                enrolledBefore: number;
                                exitReasons: {
                                    [key: string]: number;
                                };
                                exits: number;
                                households: number;
                                minors: number;
                                newEnrolments: number;
                                noticesOpened: number;
                                objections: number;
                                persons: number;
                            };
                            latestByProgram: {
                                [key: string]: {
                                    amount: number;
                                    applicationsApproved: number;
                                    applicationsOverdue: number;
                                    applicationsReceived: number;
                                    applicationsRejected: number;
                                    cityAmount: number;
                                    disabled: number;
                                    districtAmount: number;
                                    elderly: number;
                                    enrolled: number;
                                    enrolledBefore: number;
                                    exitReasons: {
                                        [key: string]: number;
                                    };
                                    exits: number;
                                    households: number;
                                    minors: number;
                                    newEnrolments: number;
                                    noticesOpened: number;
                                    objections: number;
                                    persons: number;
                                };
                            };
                            month: string;
                            months: string[];
                            programs: string[];
                            refreshedAt: string | null;
                            reviews: {
                                capped: boolean;
                                dueWithin30Days: number;
                                overdue: number;
                            };
                            risk?: {
                                areaCode: string;
                                byRule: {
                                    confirmed: number;
                                    dismissed: number;
                                    open: number;
                                    /** @enum {string} */
                                    rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                                }[];
                                total: {
                                    confirmed: number;
                                    dismissed: number;
                                    open: number;
                                };
                            };
                            trend: {
                                months: {
                                    amount: number;
                                    enrolled: number;
                                    exits: number;
                                    households: number;
                                    month: string;
                                    newEnrolments: number;
                                    persons: number;
                                }[];
                                program: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报表 (an area and month rolled up its tree, with consistency checks; format=xlsx or pdf to download, audited) */
        get: {
            parameters: {
                query: {
                    areaCode: string;
                    format?: "json" | "xlsx" | "pdf";
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                level: string;
                                name: string;
                            };
                            complaints: {
                                byCategory: {
                                    [key: string]: number;
                                };
                                byChannel: {
                                    [key: string]: number;
                                };
                                corrected: number;
                                foundTrue: number;
                                notTrue: number;
                                partlyTrue: number;
                                received: number;
                            };
                            consistency: {
                                checks: {
                                    actual: number;
                                    areaCode: string | null;
                                    /** @enum {string} */
                                    code: "households_vs_lines" | "persons_vs_lines" | "amount_vs_lines" | "payroll_total_vs_lines" | "funds_vs_payrolls" | "enrolment_flow" | "roll_up" | "unplaced_area" | "pre_aggregation";
                                    expected: number;
                                    ok: boolean;
                                    program: string | null;
                                    subject: string | null;
                                }[];
                                ok: boolean;
                            };
                            generatedAt: string;
                            month: string;
                            programNames: {
                                [key: string]: string;
                            };
                            programs: string[];
                            reviews: {
                                byOutcome: {
                                    [key: string]: number;
                                };
                                done: number;
                                exitsByReason: {
                                    [key: string]: number;
                                };
                                gradualExits: number;
                            };
                            risk?: {
                                areaCode: string;
                                byRule: {
                                    confirmed: number;
                                    dismissed: number;
                                    open: number;
                                    /** @enum {string} */
                                    rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                                }[];
                                total: {
                                    confirmed: number;
                                    dismissed: number;
                                    open: number;
                                };
                            };
                            rows: {
                                areaCode: string;
                                depth: number;
                                level: string;
                                name: string;
                                parentCode: string | null;
                                programs: {
                                    [key: string]: {
                                        amount: number;
                                        applicationsApproved: number;
                                        applicationsOverdue: number;
                                        applicationsReceived: number;
                                        applicationsRejected: number;
                                        cityAmount: number;
                                        disabled: number;
                                        districtAmount: number;
                                        elderly: number;
                                        enrolled: number;
                                        enrolledBefore: number;
                                        exitReasons: {
                                            [key: string]: number;
                                        };
                                        exits: number;
                                        households: number;
                                        minors: number;
                                        newEnrolments: number;
                                        noticesOpened: number;
                                        objections: number;
                                        persons: number;
                                    };
                                };
                                total: {
                                    amount: number;
                                    applicationsApproved: number;
                                    applicationsOverdue: number;
                                    applicationsReceived: number;
                                    applicationsRejected: number;
                                    cityAmount: number;
                                    disabled: number;
                                    districtAmount: number;
                                    elderly: number;
                                    enrolled: number;
                                    enrolledBefore: number;
                                    exitReasons: {
                                        [key: string]: number;
                                    };
                                    exits: number;
                                    households: number;
                                    minors: number;
                                    newEnrolments: number;
                                    noticesOpened: number;
                                    objections: number;
                                    persons: number;
                                };
                            }[];
                            totals: {
                                programs: {
                                    [key: string]: {
                                        amount: number;
                                        applicationsApproved: number;
                                        applicationsOverdue: number;
                                        applicationsReceived: number;
                                        applicationsRejected: number;
                                        cityAmount: number;
                                        disabled: number;
                                        districtAmount: number;
                                        elderly: number;
                                        enrolled: number;
                                        enrolledBefore: number;
                                        exitReasons: {
                                            [key: string]: number;
                                        };
                                        exits: number;
                                        households: number;
                                        minors: number;
                                        newEnrolments: number;
                                        noticesOpened: number;
                                        objections: number;
                                        persons: number;
                                    };
                                };
                                total: {
                                    amount: number;
                                    applicationsApproved: number;
                                    applicationsOverdue: number;
                                    applicationsReceived: number;
                                    applicationsRejected: number;
                                    cityAmount: number;
                                    disabled: number;
                                    districtAmount: number;
                                    elderly: number;
                                    enrolled: number;
                                    enrolledBefore: number;
                                    exitReasons: {
                                        [key: string]: number;
                                    };
                                    exits: number;
                                    households: number;
                                    minors: number;
                                    newEnrolments: number;
                                    noticesOpened: number;
                                    objections: number;
                                    persons: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 专项核查 (county: one review per live enrolment of the area and program) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        /** @enum {string} */
                        program: "dibao" | "tekun";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            reviews: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专项核查进度 (progress per street and community; summary of the outcomes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            communities: {
                                areaCode: string;
                                areaName: string;
                                byState: {
                                    [key: string]: number;
                                };
                                changed: number;
                                continued: number;
                                exited: number;
                                gradualExits: number;
                                monthlyDifference: number;
                                rechecked: number;
                                total: number;
                            }[];
                            createdAt: string;
                            id: number;
                            program: string;
                            reviews: number;
                            streets: {
                                areaCode: string;
                                areaName: string;
                                byState: {
                                    [key: string]: number;
                                };
                                changed: number;
                                continued: number;
                                exited: number;
                                gradualExits: number;
                                monthlyDifference: number;
                                rechecked: number;
                                total: number;
                            }[];
                            summary: {
                                byState: {
                                    [key: string]: number;
                                };
                                changed: number;
                                continued: number;
                                exited: number;
                                gradualExits: number;
                                monthlyDifference: number;
                                rechecked: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 复核案件 (reviews of an area, by state or campaign) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    campaignId?: number;
                    page?: number;
                    pageSize?: number;
                    state?: "home_visit" | "verification" | "street_review" | "county_confirmation" | "decided" | "open";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                                amountInForce: number;
                                areaCode: string;
                                campaignId: number | null;
                                category: string | null;
                                createdAt: string;
                                decidedOn: string | null;
                                dueDate: string;
                                enrolmentId: number;
                                gradualExitUntil: string | null;
                                headName: string | null;
                                householdId: number;
                                id: number;
                                /** @enum {string} */
                                kind: "review";
                                monthlyDifference: number | null;
                                program: string;
                                proposal: {
                                    effectiveMonth: string | null;
                                    memberFoundWork: boolean;
                                    monthlyAmount: number | null;
                                    outcome: string;
                                    reason: string | null;
                                    stopReason: string | null;
                                } | null;
                                recalculatedAmount: number | null;
                                /** @description the calculation trace of the recalculated amount */
                                recalculation: {
                                    [key: string]: unknown;
                                } | null;
                                state: string;
                                verificationNeeded: boolean;
                                verificationNotes: string | null;
                                visit: {
                                    notes: string | null;
                                    on: string;
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起复核 (open the review of one enrolment; 409 when one is open) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enrolmentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 复核案件 (kind "review": the recalculated amount beside the amount in force; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 区县确认 (county: confirm the proposal, applied to the enrolment, or return it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        decision: "confirm" | "return";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更/停发通知书 PDF (with the right to appeal; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 街道审核意见 (continue/raise decided by the street; lower/suspend/stop go to the county) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveMonth: string;
                        /** @default false */
                        memberFoundWork?: boolean;
                        monthlyAmount?: number;
                        /** @enum {string} */
                        outcome: "continue" | "raise" | "lower" | "suspend" | "stop";
                        reason: string;
                        /** @enum {string} */
                        stopReason?: "income_rise" | "moved_away" | "death" | "review_ineligible" | "voluntary" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核对 (verifier or street: the records matched) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入户核查 (community or street: the home visit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes: string;
                        /** @default false */
                        verificationNeeded?: boolean;
                        visitOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("record_visit" | "complete_verification" | "propose" | "confirm" | "return")[];
                            amountInForce: number;
                            areaCode: string;
                            campaignId: number | null;
                            category: string | null;
                            createdAt: string;
                            decidedOn: string | null;
                            dueDate: string;
                            enrolmentId: number;
                            gradualExitUntil: string | null;
                            headName: string | null;
                            householdId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "review";
                            monthlyDifference: number | null;
                            program: string;
                            proposal: {
                                effectiveMonth: string | null;
                                memberFoundWork: boolean;
                                monthlyAmount: number | null;
                                outcome: string;
                                reason: string | null;
                                stopReason: string | null;
                            } | null;
                            recalculatedAmount: number | null;
                            /** @description the calculation trace of the recalculated amount */
                            recalculation: {
                                [key: string]: unknown;
                            } | null;
                            state: string;
                            verificationNeeded: boolean;
                            verificationNotes: string | null;
                            visit: {
                                notes: string | null;
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 到期复核 (enrolments due for review on or before `before`, default 30 days ahead; overdue first) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    before?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            before: string;
                            capped: boolean;
                            items: {
                                areaCode: string;
                                category: string | null;
                                dueDate: string;
                                enrolmentId: number;
                                headName: string | null;
                                householdId: number;
                                monthlyAmount: number;
                                openReviewId: number | null;
                                overdue: boolean;
                                program: string;
                                workingDaysLeft: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-checks/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险核查记录 (the latest runs of the area) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                createdAt: string;
                                createdBy: string | null;
                                durationMs: number | null;
                                error: string | null;
                                finishedAt: string | null;
                                id: number;
                                jobId: number | null;
                                progress: {
                                    done: number;
                                    phase: string | null;
                                    total: number | null;
                                };
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                summary: {
                                    [key: string]: {
                                        created: number;
                                        found: number;
                                        ms: number;
                                    };
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起风险核查 (every risk rule over the area, as a background job; county and admin; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            jobId: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-checks/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次风险核查 (status, progress, findings per rule) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            createdAt: string;
                            createdBy: string | null;
                            durationMs: number | null;
                            error: string | null;
                            finishedAt: string | null;
                            id: number;
                            jobId: number | null;
                            progress: {
                                done: number;
                                phase: string | null;
                                total: number | null;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            summary: {
                                [key: string]: {
                                    created: number;
                                    found: number;
                                    ms: number;
                                };
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险核查发现 (area-scoped; filter by run, rule, status) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    page?: number;
                    pageSize?: number;
                    rule?: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                    runId?: number;
                    status?: "open" | "confirmed" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                createdAt: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                firstRunId: number;
                                householdIds: number[];
                                id: number;
                                lastRunId: number;
                                outcome: {
                                    at: string;
                                    by: string | null;
                                    note: string;
                                } | null;
                                personIds: number[];
                                /** @enum {string} */
                                rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                                /** @enum {string} */
                                status: "open" | "confirmed" | "dismissed";
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险核查发现详情 (evidence and the records it names) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            createdAt: string;
                            evidence: {
                                [key: string]: unknown;
                            };
                            firstRunId: number;
                            householdIds: number[];
                            households: {
                                address: string;
                                areaCode: string;
                                areaName: string | null;
                                headName: string | null;
                                id: number;
                            }[];
                            id: number;
                            lastRunId: number;
                            outcome: {
                                at: string;
                                by: string | null;
                                note: string;
                            } | null;
                            personIds: number[];
                            persons: {
                                householdId: number | null;
                                id: number;
                                idNumberMasked: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                            /** @enum {string} */
                            status: "open" | "confirmed" | "dismissed";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-findings/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核查结论 (confirmed 属实 / dismissed 不属实, with a note; county and street; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @enum {string} */
                        status: "confirmed" | "dismissed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            createdAt: string;
                            evidence: {
                                [key: string]: unknown;
                            };
                            firstRunId: number;
                            householdIds: number[];
                            id: number;
                            lastRunId: number;
                            outcome: {
                                at: string;
                                by: string | null;
                                note: string;
                            } | null;
                            personIds: number[];
                            /** @enum {string} */
                            rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                            /** @enum {string} */
                            status: "open" | "confirmed" | "dismissed";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-findings/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险核查统计 (findings per rule and outcome) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            byRule: {
                                confirmed: number;
                                dismissed: number;
                                open: number;
                                /** @enum {string} */
                                rule: "shared_bank_account" | "payee_not_holder" | "program_stacking" | "two_areas" | "partial_household" | "staff_relative_unreviewed" | "fast_decision" | "rotation" | "worker_share";
                            }[];
                            total: {
                                confirmed: number;
                                dismissed: number;
                                open: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 低保/特困 花名册 PDF (the active recipients of an area, masked; audited) */
        get: {
            parameters: {
                query: {
                    areaCode?: string;
                    program: "dibao" | "tekun";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 初始化 (create the first administrator with the one-time setup token printed at a production start) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        displayName?: string;
                        password: string;
                        token: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                active: boolean;
                                areaCode: string;
                                areaName: string;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 政策模拟 (if a standard changed from a date: who gains or loses eligibility, budget change by street and community) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        /** Format: date */
                        asOf: string;
                        changes: {
                            /** @enum {string} */
                            key: "dibao.urbanStandard" | "dibao.ruralStandard" | "dibao.minimumPerPerson" | "dibao.assetMonths" | "dibao.maxHouses" | "dibao.workCostShare" | "dibao.workCostCap" | "dibao.increments" | "dibao.edgeMultiplier" | "dibao.gradualExitMonths" | "dibao.excludedIncomeTypes" | "tekun.multiplier" | "tekun.care" | "elderly.tiers" | "disability.livingAmount" | "disability.careAmount" | "disability.careGrades" | "orphan.standard" | "temporary.maxMonths" | "temporary.urgentCap" | "temporary.yearlyMaxMonths" | "funding.cityShare" | "funding.programShares" | "payments.periods" | "cases.decisionWorkingDays" | "cases.extendedWorkingDays" | "cases.investigationStartWorkingDays" | "cases.decisionNoticeWorkingDays" | "cases.noticeDays" | "cases.noticeDaysByProgram" | "cases.noticeRoundsByProgram" | "cases.reviewPanelMinimum" | "cases.alertWorkingDays" | "reviews.categoryAMonths" | "reviews.categoryBMonths" | "reviews.categoryCMonths" | "reviews.tekunMonths" | "complaints.handlingWorkingDays";
                            value: unknown;
                        }[];
                        /**
                         * @default dibao
                         * @enum {string}
                         */
                        program?: "dibao";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string;
                            asOf: string;
                            baseline: {
                                eligibleHouseholds: number;
                                eligiblePersons: number;
                                households: number;
                                /** @description fen */
                                monthlyAmount: number;
                            };
                            baselinePolicyVersion: string;
                            byCommunity: {
                                areaCode: string;
                                baseline: {
                                    eligibleHouseholds: number;
                                    eligiblePersons: number;
                                    households: number;
                                    /** @description fen */
                                    monthlyAmount: number;
                                };
                                monthlyChange: number;
                                name: string;
                                newlyEligible: number;
                                noLongerEligible: number;
                                simulated: {
                                    eligibleHouseholds: number;
                                    eligiblePersons: number;
                                    households: number;
                                    /** @description fen */
                                    monthlyAmount: number;
                                };
                            }[];
                            byStreet: {
                                areaCode: string;
                                baseline: {
                                    eligibleHouseholds: number;
                                    eligiblePersons: number;
                                    households: number;
                                    /** @description fen */
                                    monthlyAmount: number;
                                };
                                monthlyChange: number;
                                name: string;
                                newlyEligible: number;
                                noLongerEligible: number;
                                simulated: {
                                    eligibleHouseholds: number;
                                    eligiblePersons: number;
                                    households: number;
                                    /** @description fen */
                                    monthlyAmount: number;
                                };
                            }[];
                            elapsedMs: number;
                            /** @description fen */
                            monthlyChange: number;
                            newlyEligible: number;
                            noLongerEligible: number;
                            program: string;
                            simulated: {
                                eligibleHouseholds: number;
                                eligiblePersons: number;
                                households: number;
                                /** @description fen */
                                monthlyAmount: number;
                            };
                            skipped: number;
                            /** @description fen, 12 × monthly */
                            yearlyChange: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-relatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 近亲属备案列表 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string;
                                createdAt: string;
                                id: number;
                                relation: string;
                                relativeIdNumberMasked: string;
                                relativeName: string;
                                staffName: string;
                                staffPosition: string;
                                staffUserId: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 近亲属备案 (register a close relative of staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        relation: string;
                        relativeIdNumber: string;
                        relativeName: string;
                        staffName: string;
                        staffPosition: string;
                        staffUserId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 (users in scope) */
        get: {
            parameters: {
                query?: {
                    areaCode?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                areaCode: string;
                                areaName: string;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户 (create a user; admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode: string;
                        displayName: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                active: boolean;
                                areaCode: string;
                                areaName: string;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 停用/启用、调整角色和区划 (disable or enable a user, change role or area; admin; audited; ends the user's sessions) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        areaCode?: string;
                        displayName?: string;
                        /** @enum {string} */
                        role?: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                active: boolean;
                                areaCode: string;
                                areaName: string;
                                createdAt: string;
                                displayName: string;
                                id: number;
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "county_approver" | "street_reviewer" | "community_worker" | "verifier" | "auditor";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/require-password-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 强制修改密码 (the user must set a new password at the next login; ends the user's sessions; admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码并解锁 (reset password and unlock; admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政务公开 (programs, standards, procedure, materials, channels, open notices) */
        get: {
            parameters: {
                query?: {
                    area?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/notices/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示 (open notices of an area, names and ID numbers masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/roster/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 长期公示 (current recipients of a community from the latest approved payrolls, names masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/roster/{areaCode}/roster.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 长期公示 PDF (printable, names masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
