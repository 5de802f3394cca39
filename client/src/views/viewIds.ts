/**
 * The ids of the corpus views as package.json contributes them (`contributes.views.presstag`); apart from the
 * trees so the manifest test reads them without an editor.
 */

export const ENTITIES_VIEW = 'presstag.entities';
export const QUOTATIONS_VIEW = 'presstag.quotations';
