// Every entry point of every published package, type-checked against the built declarations with
// `skipLibCheck: false` by scripts/budgets/types.mjs: the build rewrites declarations to name the
// schemas they embed, and this shows that every rewritten file still type-checks for a consumer.
export * as assessment from '@gebiedsgericht/assessment';
export * as cli from '@gebiedsgericht/cli';
export * as core from '@gebiedsgericht/core';
export * as fixtures from '@gebiedsgericht/core/fixtures';
export * as mediation from '@gebiedsgericht/mediation';
export * as processApi from '@gebiedsgericht/process';
export * as processXState from '@gebiedsgericht/process/xstate';
export * as risk from '@gebiedsgericht/risk';
export * as store from '@gebiedsgericht/store';
export * as zgw from '@gebiedsgericht/zgw';
