import { timingSafeEqual } from 'node:crypto';
import { Controller, Headers, HttpCode, HttpStatus, Inject, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import {
  APP_CONFIG,
  badInput,
  HttpErrorFilter,
  notFound,
  Public,
  unauthenticated,
} from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { InviteeAnswersService, type ReplyOutcome } from '../invitee-answers.service';
import { readCalendarReply, UnreadableReply } from './calendar-reply';

/** The most a reply may weigh: an invitation and its answer are a few kilobytes. */
export const MAX_INBOUND_MAIL = '1mb';

/**
 * `POST /inbound/mail`: the mail server hands over, as `message/rfc822`, a message received at the
 * convocations' reply address (a Postfix `pipe` to curl, or an inbound-mail service), with
 * `Authorization: Bearer <INBOUND_MAIL_TOKEN>`. A calendar answer (iTIP REPLY) is recorded as the
 * invitee's answer; anything else is refused with its reason in French (the server may bounce it
 * to its sender with that text). Answers 404 when the reception is not configured.
 */
@Controller('inbound')
@UseFilters(new HttpErrorFilter())
export class InboundMailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly answers: InviteeAnswersService,
  ) {}

  @Public()
  @Post('mail')
  @HttpCode(HttpStatus.OK)
  async receive(
    @Req() req: Request,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<ReplyOutcome> {
    const { replyAddress, token } = this.config.inboundMail;
    if (!replyAddress || !token) throw notFound(`Adresse inconnue : ${req.method} ${req.path}.`);
    if (!sameSecret(authorization ?? '', `Bearer ${token}`))
      throw unauthenticated('Jeton de réception du courrier absent ou invalide.');
    if (!Buffer.isBuffer(req.body))
      throw badInput('message', 'Envoyez le message brut, avec l’en-tête Content-Type: message/rfc822.');
    try {
      const reply = await readCalendarReply(req.body, replyAddress);
      return await this.answers.answerByReply(reply, {
        ip: req.ip ?? null,
        userAgent: 'réponse d’agenda par courriel',
      });
    } catch (error) {
      if (error instanceof UnreadableReply) throw badInput('message', error.message);
      throw error;
    }
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
