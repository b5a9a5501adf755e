/** Bumped whenever a coefficient, an equation or an outlook's meaning changes (docs/model.md, "Versions"). */
export const MODEL_VERSION = '1.0.0';
