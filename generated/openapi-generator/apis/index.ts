/* tslint:disable */
/* eslint-disable */
export * from './AccountsApi.js';
export * from './AuthenticationApi.js';
