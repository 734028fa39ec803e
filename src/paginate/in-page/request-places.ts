// Runs inside Chromium after loading (self-contained, no imports): where in the manuscripts the requests
// the page was refused came from, for the warnings that name them (pagedjs.ts).

/** The manuscript place of the element that asked for each URL (src or href). */
export function placesOf(urls: string[]): { url: string; file: string; line: number | undefined }[] {
  return urls.map((url) => {
    const el = [...document.querySelectorAll<HTMLElement>('[src], [href]')].find((e) => (e as HTMLImageElement).src === url || (e as HTMLAnchorElement).href === url);
    const line = el?.closest('[data-line]')?.getAttribute('data-line');
    return { url, file: el?.closest('[data-source]')?.getAttribute('data-source') ?? '', line: line ? Number(line) : undefined };
  });
}
