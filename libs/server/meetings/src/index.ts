export * from './lib/entities/meeting.entities';
export * from './lib/meetings.module';
export type { MeetingDocument } from './lib/documents/meeting-document';
export { renderMeetingDocx } from './lib/documents/meeting-docx';
export { renderMeetingPdf } from './lib/documents/meeting-pdf';
