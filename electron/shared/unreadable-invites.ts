// `invitray list` says this (the CLI stays English); the window says it in its own language
// through the catalogue key 'invites.unreadable', whose English reads the same.

/** One quiet line for invitations Cloudflare listed that this version of Invitray could not read. */
export function unreadableSummary(count: number): string {
  return `${count} invitation${count === 1 ? '' : 's'} couldn't be read — update Invitray`;
}
