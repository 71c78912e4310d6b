// slugify and friends live in core now (issue 20); this shim keeps the demo planner's import until it is split.
export { opaqueSlug, slugify, uniqueSlug } from '@crossroads/core';
