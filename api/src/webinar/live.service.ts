import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { BbbClient } from './bbb-client.service.js';
import { type LiveEvent, LiveEvents, eventStream } from './live-events.js';
import { LiveRepository } from './live.repository.js';
import type { WebinarLiveEvent, WebinarPoll, WebinarQuestion } from './live.types.js';
import { type Viewer, eventConcerns, pollFor, questionFor, validChoice } from './live-view.js';
import { RegistrationService } from './registration.service.js';
import { type WebinarAccess, WebinarAccessService } from './webinar-access.service.js';
import { isJoinable, phaseOf } from './webinar-time.js';
import { WebinarErrors } from './webinar.errors.js';

/**
 * The live page (issue 7): the join link, questions and polls. Each change is stored first, then
 * published to the webinar's subscribers on every api instance; a client that reconnects reads the
 * stored state again, so nothing sent is lost.
 */
@Injectable()
export class LiveService implements OnApplicationShutdown {
  constructor(
    private readonly repository: LiveRepository,
    private readonly access: WebinarAccessService,
    private readonly registrations: RegistrationService,
    private readonly bbb: BbbClient,
    @Inject(LiveEvents) private readonly events: LiveEvents,
    private readonly clock: Clock,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
  }

  /** The room's address for this person, from 15 minutes before the start to the end. */
  async joinWebinar(me: CurrentUser, webinarId: string): Promise<string> {
    const { webinar, host } = await this.access.participant(me, webinarId);
    const now = this.clock.now();
    const phase = phaseOf(webinar, now);
    if (phase === 'CANCELLED') throw WebinarErrors.cancelled();
    if (phase === 'ENDED') throw WebinarErrors.over();
    if (!isJoinable(webinar, now)) throw WebinarErrors.notOpenYet();
    if (webinar.roomKind !== 'PLATFORM_BIGBLUEBUTTON') {
      // Rooms the platform cannot read: entering through the button is the presence we know of.
      if (!host) {
        await this.repository.recordJoin(webinarId, me.id, now);
        await this.repository.settleAttended(webinarId, webinar.attendanceThresholdMinutes);
      }
      return webinar.roomUrl!;
    }
    const meetingId = webinar.bbbMeetingId ?? webinar.id;
    const minutes = Math.ceil((webinar.endsAt.getTime() - webinar.startsAt.getTime()) / 60_000);
    await this.bbb.createMeeting({
      meetingId,
      name: webinar.title,
      durationMinutes: minutes,
      logoutUrl: this.registrations.pageUrl(webinarId),
    });
    return this.bbb.joinUrl(meetingId, { userId: me.id, fullName: me.displayName, moderator: host });
  }

  async questions(me: CurrentUser, webinarId: string): Promise<WebinarQuestion[]> {
    const viewer = this.viewer(me, await this.access.participant(me, webinarId));
    const questions = await this.repository.findQuestionsOf(webinarId);
    return questions.filter((q) => viewer.host || q.status !== 'HIDDEN').map((q) => questionFor(viewer, q));
  }

  async polls(me: CurrentUser, webinarId: string): Promise<WebinarPoll[]> {
    const viewer = this.viewer(me, await this.access.participant(me, webinarId));
    return (await this.repository.findPollsOf(webinarId)).map((p) => pollFor(viewer, p));
  }

  async askQuestion(me: CurrentUser, input: { webinarId: string; text: string; clientKey?: string | null }): Promise<WebinarQuestion> {
    const access = await this.access.participant(me, input.webinarId);
    this.assertNotOver(access);
    const { id, created } = await this.repository.insertQuestion(
      { webinarId: input.webinarId, userId: me.id, text: input.text.trim(), clientKey: input.clientKey ?? null },
      this.clock.now(),
    );
    const question = (await this.repository.findQuestion(id))!;
    if (created) await this.events.publish({ webinarId: input.webinarId, kind: 'QUESTION_ASKED', question });
    return questionFor(this.viewer(me, access), question);
  }

  async upvoteQuestion(me: CurrentUser, questionId: string): Promise<WebinarQuestion> {
    const { access, question } = await this.questionFor(me, questionId);
    this.assertNotOver(access);
    if (question.status === 'HIDDEN') throw WebinarErrors.questionNotFound();
    const counted = await this.repository.insertUpvote(questionId, me.id, this.clock.now());
    const updated = (await this.repository.findQuestion(questionId))!;
    if (counted) await this.events.publish({ webinarId: updated.webinarId, kind: 'QUESTION_UPDATED', question: updated });
    return questionFor(this.viewer(me, access), updated);
  }

  async markQuestion(me: CurrentUser, questionId: string, status: 'OPEN' | 'ANSWERED' | 'HIDDEN'): Promise<WebinarQuestion> {
    const { access } = await this.questionFor(me, questionId);
    if (!access.host) throw WebinarErrors.questionNotFound();
    await this.repository.setQuestionStatus(questionId, status);
    const updated = (await this.repository.findQuestion(questionId))!;
    await this.events.publish({ webinarId: updated.webinarId, kind: 'QUESTION_UPDATED', question: updated });
    return questionFor(this.viewer(me, access), updated);
  }

  async launchPoll(
    me: CurrentUser,
    input: { webinarId: string; question: string; kind: 'SINGLE' | 'MULTIPLE'; options: string[] },
  ): Promise<WebinarPoll> {
    await this.access.hosted(me, input.webinarId);
    const access = await this.access.participant(me, input.webinarId);
    this.assertNotOver(access);
    const options = input.options.map((label, index) => ({ id: String(index + 1), label: label.trim() }));
    const id = await this.repository.insertPoll(
      { webinarId: input.webinarId, question: input.question.trim(), kind: input.kind, options },
      this.clock.now(),
    );
    const poll = (await this.repository.findPoll(id))!;
    await this.events.publish({ webinarId: input.webinarId, kind: 'POLL_LAUNCHED', poll });
    return pollFor(this.viewer(me, access), poll);
  }

  async answerPoll(me: CurrentUser, pollId: string, optionIds: string[]): Promise<WebinarPoll> {
    const { access, poll } = await this.pollFor(me, pollId);
    const previous = poll.votes[me.id];
    if (previous) {
      // The same answer sent again (a reconnection) is no error; a different one is.
      if ([...previous].sort().join() === [...optionIds].sort().join()) return pollFor(this.viewer(me, access), poll);
      throw WebinarErrors.pollAlreadyAnswered();
    }
    if (poll.status !== 'OPEN') throw WebinarErrors.pollClosed();
    if (!validChoice(poll, optionIds)) throw WebinarErrors.badPollChoice();
    const counted = await this.repository.insertVote(pollId, me.id, optionIds, this.clock.now());
    const updated = (await this.repository.findPoll(pollId))!;
    if (!counted && !updated.votes[me.id]) throw WebinarErrors.pollClosed();
    if (counted) await this.events.publish({ webinarId: updated.webinarId, kind: 'POLL_VOTED', poll: updated });
    return pollFor(this.viewer(me, access), updated);
  }

  async closePoll(me: CurrentUser, pollId: string): Promise<WebinarPoll> {
    const { access } = await this.pollFor(me, pollId);
    if (!access.host) throw WebinarErrors.pollNotFound();
    const closed = await this.repository.closePoll(pollId, this.clock.now());
    const updated = (await this.repository.findPoll(pollId))!;
    if (closed) await this.events.publish({ webinarId: updated.webinarId, kind: 'POLL_CLOSED', poll: updated });
    return pollFor(this.viewer(me, access), updated);
  }

  /** The webinar's live events as this person may see them, until they unsubscribe. */
  async follow(me: CurrentUser, webinarId: string): Promise<AsyncIterableIterator<WebinarLiveEvent>> {
    const viewer = this.viewer(me, await this.access.participant(me, webinarId));
    return eventStream<WebinarLiveEvent>((push) =>
      this.events.listen(webinarId, (event: LiveEvent) => {
        if (!eventConcerns(viewer, event.kind)) return;
        if (event.question?.status === 'HIDDEN' && !viewer.host && event.kind === 'QUESTION_ASKED') return;
        push({
          kind: event.kind,
          webinarId: event.webinarId,
          question: event.question ? questionFor(viewer, event.question) : null,
          poll: event.poll ? pollFor(viewer, event.poll) : null,
        });
      }),
    );
  }

  private viewer(me: CurrentUser, access: WebinarAccess): Viewer {
    return { userId: me.id, host: access.host };
  }

  private assertNotOver(access: WebinarAccess): void {
    const phase = phaseOf(access.webinar, this.clock.now());
    if (phase === 'CANCELLED') throw WebinarErrors.cancelled();
    if (phase === 'ENDED') throw WebinarErrors.over();
  }

  private async questionFor(me: CurrentUser, questionId: string) {
    const question = await this.repository.findQuestion(questionId);
    if (!question) throw WebinarErrors.questionNotFound();
    const access = await this.access.participant(me, question.webinarId).catch(() => {
      throw WebinarErrors.questionNotFound();
    });
    return { access, question };
  }

  private async pollFor(me: CurrentUser, pollId: string) {
    const poll = await this.repository.findPoll(pollId);
    if (!poll) throw WebinarErrors.pollNotFound();
    const access = await this.access.participant(me, poll.webinarId).catch(() => {
      throw WebinarErrors.pollNotFound();
    });
    return { access, poll };
  }
}
