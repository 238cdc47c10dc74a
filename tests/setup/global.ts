// Unit tests read the generated inflected forms: build them first.
import { buildForms } from '../../scripts/build-forms.mjs';

export default async function setup() {
  await buildForms();
}
