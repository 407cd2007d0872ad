/** A fake's view of a request body: parsed JSON, or the raw text flagged as malformed. */
export async function readJsonBody(request: Request): Promise<{ body: unknown; malformed: boolean }> {
  const text = await request.text();
  if (text.trim() === '') return { body: undefined, malformed: false };
  try {
    return { body: JSON.parse(text), malformed: false };
  } catch {
    return { body: text, malformed: true };
  }
}
