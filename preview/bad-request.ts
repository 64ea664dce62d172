// A request the preview cannot turn into an action: the server answers it with 400 and the reason.
export class BadRequest extends Error {}
