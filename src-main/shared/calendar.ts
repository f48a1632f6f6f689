// The quarter's calendar (§3–§5, §16 of the Methodology) as the backend reports it.
// Pure types only: this file is bundled into the renderer.
import type { Comparison } from './analysis';
import type { Lang } from './domain';

/**
 * Where a quarter's справка stands: nothing recorded yet, submitted to the first head (§15), approved by
 * them (an approval of the справка in force, in either language), posted to the intranet portal (§16).
 */
export const SPRAVKA_STEPS = ['draft', 'submitted', 'approved', 'posted'] as const;
export type SpravkaStep = (typeof SPRAVKA_STEPS)[number];

/** The steps recorded by hand; approval comes from approving the справка itself. */
export type RecordedStep = 'submitted' | 'posted';

/** §3: the analysis by the 5th; §5: at most 10 working days; §16: posted by the 25th. */
export const DEADLINE_KINDS = ['analysis', 'limit', 'posting'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** done: what it asks for is recorded; near: at most NEAR_WORKING_DAYS working days left; missed: passed. */
export type DeadlineState = 'done' | 'ok' | 'near' | 'missed';

export const NEAR_WORKING_DAYS = 2;

export interface Deadline {
  kind: DeadlineKind;
  /** 'YYYY-MM-DD', a working day. */
  date: string;
  /** The day the Methodology names ('YYYY-MM-DD'), when it is not a working day and `date` moved from it. */
  written: string | null;
  /**
   * Working days after today up to and including `date`; once it has passed, minus the working days from
   * `date` (included) to today (excluded).
   */
  workingDaysLeft: number;
  state: DeadlineState;
  /** When what it asks for was recorded ('YYYY-MM-DD HH:MM:SS'). */
  doneAt: string | null;
  /** Recorded after `date`. */
  late: boolean;
}

export interface StatusEvent {
  status: RecordedStep;
  /** 'YYYY-MM-DD HH:MM:SS', the app's clock. */
  at: string;
  /** The OS user who recorded it. */
  by: string;
}

export interface QuarterApproval {
  lang: Lang;
  compare: Comparison;
  at: string;
  by: string;
}

export type CalendarWarning =
  | { code: 'near' | 'missed'; deadline: DeadlineKind; date: string; workingDaysLeft: number }
  /** A year with no data on Kurban ait and transfers: its dates follow the fixed rules only. */
  | { code: 'calendarUnknown'; years: number[] }
  /** Posted, but no approval of the справка is in force any more. */
  | { code: 'approvalWithdrawn' };

export interface QuarterCalendar {
  quarter: string;
  center: string | null;
  /** 'YYYY-MM-DD', the backend's clock. */
  today: string;
  /** The last day of the quarter and the first working day after it, where the 10 working days start. */
  quarterEnd: string;
  workStarts: string;
  /** Analysis, the 10-working-day limit, posting, in that order. */
  deadlines: Deadline[];
  status: SpravkaStep;
  /** Every recorded step, oldest first. */
  events: StatusEvent[];
  /** Approvals in force of the quarter's справка, per language and comparison, oldest first. */
  approvals: QuarterApproval[];
  warnings: CalendarWarning[];
}
