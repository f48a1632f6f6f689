// The справка and the work plan as Word documents: the outlines their PDFs are laid out from, so the same text.
// A module of its own because docx and resvg load only when a DOCX is asked for.
import type { TFunction } from 'i18next';
import { renderDocx } from './document/docx';
import { spravkaOutline, type SpravkaInput } from './spravka-doc';
import { workPlanOutline, type PlanDocInput, type WorkPlan } from './work-plan';

export function spravkaDocx(t: TFunction, input: SpravkaInput): Promise<Buffer> {
  return renderDocx(spravkaOutline(t, input));
}

/** The plan as a Word document, to fill in the responsible and the dates. */
export function workPlanDocx(t: TFunction, plan: WorkPlan, input: PlanDocInput): Promise<Buffer> {
  return renderDocx(workPlanOutline(t, plan, input));
}
