// Video-protection projects: the list, a project's page with its workflow, the mairie's request.
export * from './lib/videoprotection.routes';
