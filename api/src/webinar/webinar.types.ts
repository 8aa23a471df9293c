import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageInfo } from '../catalogue/catalogue.types.js';
import { Cohort, Organisation } from '../organisation/organisation.types.js';

export enum WebinarRoomKind {
  BIGBLUEBUTTON = 'BIGBLUEBUTTON',
  VISIO = 'VISIO',
  JITSI = 'JITSI',
  PLATFORM_BIGBLUEBUTTON = 'PLATFORM_BIGBLUEBUTTON',
}
registerEnumType(WebinarRoomKind, {
  name: 'WebinarRoomKind',
  description:
    'A room whose address the trainer gives (BigBlueButton, Visio, Jitsi), or one the platform creates on its BigBlueButton server.',
});

export enum WebinarPhase {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WebinarPhase, {
  name: 'WebinarPhase',
  description: 'OPEN: the join button works (15 minutes before the start); LIVE: started.',
});

export enum WebinarRegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
}
registerEnumType(WebinarRegistrationStatus, { name: 'WebinarRegistrationStatus' });

const HTTP_URL = /^https?:\/\/[^\s]+$/;

@ObjectType()
export class WebinarAudience {
  @Field({ description: 'Open to every signed-in person.' }) openToAll: boolean;
  @Field(() => [Organisation], { description: 'Open to the people of these organisations and of those below them.' })
  organisations: Organisation[];
  @Field(() => [Cohort]) cohorts: Cohort[];
}

@ObjectType({ description: 'Where the signed-in person stands for a webinar.' })
export class MyWebinarRegistration {
  @Field(() => WebinarRegistrationStatus) status: `${WebinarRegistrationStatus}`;
  @Field(() => Int, { nullable: true, description: 'Place in the waiting list, 1 for the next one; null when not waiting.' })
  waitlistPosition: number | null;
  @Field() requestedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the person got a place.' }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'First entry in the room.' }) joinedAt: Date | null;
  @Field(() => Int) minutesPresent: number;
  @Field({ description: 'Present at least the threshold the trainer set.' }) attended: boolean;
}

@ObjectType({ description: 'A scheduled live session. Times are instants; the web shows them in Europe/Paris (or the viewer’s zone).' })
export class Webinar {
  @Field(() => ID) id: string;
  organisationId: string;
  /** Read by the audience field. */
  openToAll: boolean;
  @Field() title: string;
  @Field() description: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Places taken (registered or attended).' }) placesTaken: number;
  @Field(() => Int) placesLeft: number;
  @Field(() => Int) waitlistCount: number;
  @Field(() => WebinarPhase) phase: `${WebinarPhase}`;
  @Field({ description: '15 minutes before the start.' }) joinOpensAt: Date;
  @Field({ description: 'The server says the join button works now (for those with a place, and its trainers).' }) joinable: boolean;
  @Field(() => WebinarRoomKind) roomKind: `${WebinarRoomKind}`;
  @Field(() => String, {
    nullable: true,
    description: 'The room’s address; for the webinar’s trainers only (others join through joinWebinar).',
  })
  roomUrl: string | null;
  @Field(() => String, { nullable: true, description: 'For those with a place and the trainers.' }) slideDeckUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Learners see it once the webinar is over.' }) followUpModuleSlug: string | null;
  @Field(() => String, { nullable: true, description: 'Learners with a place see it once the webinar is over.' }) replayUrl: string | null;
  @Field(() => Int) attendanceThresholdMinutes: number;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field({ description: 'The signed-in person is one of its trainers (role TRAINER or ADMIN over its organisation).' }) canManage: boolean;
  @Field(() => MyWebinarRegistration, { nullable: true }) myRegistration: MyWebinarRegistration | null;
}

@ObjectType()
export class WebinarConnection {
  @Field(() => [Webinar]) nodes: Webinar[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ArgsType()
export class WebinarPageArgs {
  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' }) @IsInt() @Min(1) @Max(100) first: number = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) after?: string;
}

@InputType({ description: 'A webinar as the trainer schedules it.' })
export class WebinarInput {
  @Field(() => ID, { description: 'The organisation it belongs to; its trainers manage it.' }) @IsUUID() organisationId: string;
  @Field() @IsString() @MinLength(3) @MaxLength(200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000) description: string = '';
  @Field() @Type(() => Date) @IsDate() startsAt: Date;
  @Field() @Type(() => Date) @IsDate() endsAt: Date;
  @Field(() => Int) @IsInt() @Min(1) @Max(10000) capacity: number;
  @Field({ defaultValue: false }) @IsBoolean() openToAll: boolean = false;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) organisationIds: string[] = [];
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) cohortIds: string[] = [];
  @Field(() => WebinarRoomKind) @IsEnum(WebinarRoomKind) roomKind: WebinarRoomKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) @Matches(HTTP_URL) roomUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) @Matches(HTTP_URL) slideDeckUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) followUpModuleSlug?: string | null;
  @Field(() => Int, { defaultValue: 0, description: 'Minutes of presence that count as attended.' })
  @IsInt()
  @Min(0)
  @Max(1440)
  attendanceThresholdMinutes: number = 0;
}

@ArgsType()
export class SetWebinarReplayArgs {
  @Field(() => ID) @IsUUID() webinarId: string;
  @Field(() => String, { nullable: true, description: 'Null removes it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(HTTP_URL)
  replayUrl?: string | null;
}

@ObjectType({ description: 'Where to go to join the room: a link carrying the person’s id, name and role.' })
export class WebinarJoin {
  @Field() url: string;
}

@ObjectType({ description: 'One line of the attendance list.' })
export class WebinarAttendee {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => WebinarRegistrationStatus, { nullable: true, description: 'Null: present without a registration (a trainer).' })
  status: `${WebinarRegistrationStatus}` | null;
  @Field(() => Date, { nullable: true }) joinedAt: Date | null;
  @Field(() => Int) minutesPresent: number;
  @Field() attended: boolean;
}

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID) @IsUUID() webinarId: string;
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => Int, { description: 'For rooms the platform cannot read (Visio, Jitsi, an outside BigBlueButton).' })
  @IsInt()
  @Min(0)
  @Max(1440)
  minutesPresent: number;
}

@ObjectType({ description: 'A CSV file (UTF-8 with a byte order mark, `;` between cells, CRLF lines).' })
export class WebinarReportFile {
  @Field() filename: string;
  @Field() csv: string;
}
