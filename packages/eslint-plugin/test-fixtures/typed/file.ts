// Placeholder: typed RuleTester cases are linted as this file (its text comes from each case).
export {};
