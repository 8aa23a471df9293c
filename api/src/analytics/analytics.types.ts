import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Module, PageInfo } from '../catalogue/catalogue.types.js';
import { Competency } from '../competency/competency.types.js';
import { Assignment, AssignmentStatus, Cohort } from '../organisation/organisation.types.js';

export enum ItemKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SHORT_ANSWER = 'SHORT_ANSWER',
  ORDERING = 'ORDERING',
  MATCHING = 'MATCHING',
  TRUE_FALSE_STATEMENT = 'TRUE_FALSE_STATEMENT',
  SCENARIO_STEP = 'SCENARIO_STEP',
  H5P = 'H5P',
}
registerEnumType(ItemKind, { name: 'ItemKind' });

export enum CohortReportView {
  COMPLETION = 'COMPLETION',
  HEATMAP = 'HEATMAP',
  ITEMS = 'ITEMS',
}
registerEnumType(CohortReportView, { name: 'CohortReportView', description: 'The three views of a cohort\u2019s follow-up.' });

export enum ReportLanguage {
  FR = 'FR',
  EN = 'EN',
}
registerEnumType(ReportLanguage, { name: 'ReportLanguage' });

@ObjectType({ description: 'A member of a cohort in a report: by name, or by pseudonym alone.' })
export class ReportLearner {
  @Field(() => ID, { description: 'The account id, or the pseudonym in a pseudonymous report.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Null in a pseudonymous report.' }) displayName: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A stable code (« Élève 3F9A1C »): the same learner keeps it in every report and export. Null unless pseudonymous.',
  })
  pseudonym: string | null;
}

@ObjectType()
export class LearnerAssignmentProgress {
  @Field(() => ID) assignmentId: string;
  @Field(() => AssignmentStatus) status: `${AssignmentStatus}`;
  @Field({ description: 'Not completed, and the due day (Europe/Paris) is over.' }) overdue: boolean;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType()
export class CompletionRow {
  @Field(() => ReportLearner) learner: ReportLearner;
  @Field(() => [LearnerAssignmentProgress], { description: 'One per assignment, in the order of CohortCompletion.assignments.' })
  progress: LearnerAssignmentProgress[];
}

@ObjectType()
export class CompletionRowConnection {
  @Field(() => [CompletionRow]) nodes: CompletionRow[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'Where the whole cohort stands on one assignment.' })
export class AssignmentCompletion {
  @Field(() => Assignment) assignment: Assignment;
  @Field(() => Int) completed: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int, { description: 'Among those in progress or not started, how many are late.' }) overdue: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'Completion of a cohort\u2019s assignments: totals over the cohort, members a page at a time.' })
export class CohortCompletion {
  @Field(() => Cohort) cohort: Cohort;
  @Field({ description: 'The day (YYYY-MM-DD, Europe/Paris) overdue is judged on.' }) today: string;
  @Field(() => [AssignmentCompletion]) assignments: AssignmentCompletion[];
  @Field(() => CompletionRowConnection) learners: CompletionRowConnection;
}

@ObjectType({ description: 'A learner\u2019s level and pix on one competency; both null when nothing evidences it.' })
export class HeatmapCell {
  @Field() competencyCode: string;
  @Field(() => Int, { nullable: true }) level: number | null;
  @Field(() => Int, { nullable: true }) pix: number | null;
}

@ObjectType()
export class HeatmapRow {
  @Field(() => ReportLearner) learner: ReportLearner;
  @Field(() => [HeatmapCell], { description: 'One per column, in the order of CompetencyHeatmap.competencies.' }) cells: HeatmapCell[];
}

@ObjectType()
export class HeatmapRowConnection {
  @Field(() => [HeatmapRow]) nodes: HeatmapRow[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'A column of the heatmap: a competency evidenced in the cohort, with the cohort\u2019s average there.' })
export class CompetencyAverage {
  @Field(() => Competency) competency: Competency;
  competencyCode: string;
  @Field(() => Int, { description: 'Members with any evidence on the competency: the average is theirs.' }) learners: number;
  @Field(() => Float) averageLevel: number;
  @Field(() => Float) averagePix: number;
}

@ObjectType({
  description:
    'Competency levels of a cohort: micro-lesson answers plus the positioning results each learner chose to share. Columns are the competencies evidenced in the cohort.',
})
export class CompetencyHeatmap {
  @Field(() => Cohort) cohort: Cohort;
  @Field(() => [CompetencyAverage]) competencies: CompetencyAverage[];
  @Field(() => HeatmapRowConnection) learners: HeatmapRowConnection;
}

@ObjectType()
export class WrongChoice {
  @Field(() => ID) choiceId: string;
  @Field({ description: 'Plain text, as learners read it.' }) text: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'How the cohort answered one graded item of a module.' })
export class ItemStatistic {
  @Field(() => ID, { description: 'The element id, or <elementId>/<itemId> for a true/false statement or a scenario step.' })
  key: string;
  @Field(() => ID) elementId: string;
  @Field(() => ItemKind) kind: `${ItemKind}`;
  @Field({ description: 'The question as learners read it (plain text, shortened).' }) label: string;
  @Field(() => Int) answers: number;
  @Field(() => Int) correct: number;
  @Field(() => Int, { nullable: true, description: 'Percent of right answers; null without answers.' }) successRate: number | null;
  @Field(() => WrongChoice, { nullable: true, description: 'For choices and scenario steps: the wrong choice taken most often.' })
  mostChosenWrong: WrongChoice | null;
}

@ObjectType()
export class ModuleItemStatistics {
  @Field(() => Module) module: Module;
  @Field(() => Int, { description: 'Members who answered at least one item.' }) learners: number;
  @Field(() => [ItemStatistic], { description: 'In reading order of the current version.' }) items: ItemStatistic[];
}

@ObjectType({ description: 'A CSV file (UTF-8 with a byte order mark, `;` between cells, CRLF lines).' })
export class CohortReportFile {
  @Field() filename: string;
  @Field() csv: string;
}

@ArgsType()
export class CohortReportArgs {
  @Field(() => ID) @IsString() @MaxLength(64) cohortId: string;
  @Field(() => Int, { defaultValue: 50, description: 'Learners per page, 1 to 200.' }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
  @Field({ defaultValue: false, description: 'Show learners by their pseudonym instead of their name.' })
  @IsBoolean()
  pseudonymous: boolean = false;
}

@ArgsType()
export class ExportCohortReportArgs {
  @Field(() => ID) @IsString() @MaxLength(64) cohortId: string;
  @Field(() => CohortReportView) @IsEnum(CohortReportView) view: CohortReportView;
  @Field({ defaultValue: false }) @IsBoolean() pseudonymous: boolean = false;
  @Field(() => ReportLanguage, { defaultValue: ReportLanguage.FR, description: 'The language of the headers and statuses.' })
  @IsEnum(ReportLanguage)
  language: ReportLanguage = ReportLanguage.FR;
}
