'use strict';

/** The workspace ESLint plugin, registered as `continuum` in eslint.config.mjs. */
module.exports = {
  meta: { name: 'continuum' },
  rules: {
    'guarded-resolvers': require('./guarded-resolvers.cjs'),
    'typographic-apostrophe': require('./typographic-apostrophe.cjs'),
  },
};
