export * from './counters.ts';
export * from './month-window.ts';
export * from './enrolment-flows.ts';
export * from './case-clock-history.ts';
export * from './funds-share.ts';
export * from './roll-up.ts';
export * from './consistency.ts';
export * from './main-table.ts';
