/**
 * A list call: `await` it for the first page, or `for await` over it for every item of every
 * page. Both page styles of the API are followed (https://platform.claude.com/docs/en/api/pagination):
 * - "page" (`{data, has_more, first_id, last_id}`): forward with `after_id = last_id`, or
 *   backward with `before_id = first_id` when the first call asked for `before_id`;
 * - "cursor" (`{data, has_more, next_page}`): `page = next_page`.
 * A page that repeats the cursor it was asked with ends the walk, so a faulty server cannot
 * loop it forever.
 */
export type PageStyle = "page" | "cursor";
export type Query = Readonly<Record<string, unknown>>;

export interface PageFields<Item> {
  readonly data: readonly Item[];
  readonly has_more?: boolean | null;
  readonly first_id?: string | null;
  readonly last_id?: string | null;
  readonly next_page?: string | null;
}

/** The query for the page after `page`, or null when there is none. */
export function nextPageQuery(style: PageStyle, query: Query, page: PageFields<unknown>): Query | null {
  if (page.has_more === false) return null;
  if (style === "cursor") {
    const next = page.next_page;
    return next && next !== query.page ? { ...query, page: next } : null;
  }
  if (page.has_more !== true) return null;
  const backward = query.before_id != null && query.after_id == null;
  const next = backward ? page.first_id : page.last_id;
  if (!next || next === (backward ? query.before_id : query.after_id)) return null;
  return backward ? { ...query, before_id: next } : { ...query, after_id: next };
}

export class PageRequest<Page extends PageFields<unknown>, Item = Page["data"][number]>
  implements PromiseLike<Page>, AsyncIterable<Item>
{
  readonly #fetchPage: (query: Query) => Promise<Page>;
  readonly #style: PageStyle;
  readonly #query: Query;
  #first: Promise<Page> | undefined;

  constructor(fetchPage: (query: Query) => Promise<Page>, style: PageStyle, query: Query) {
    this.#fetchPage = fetchPage;
    this.#style = style;
    this.#query = query;
  }

  #firstPage(): Promise<Page> {
    return (this.#first ??= this.#fetchPage(this.#query));
  }

  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** As on a promise of the first page (`list(...).catch(...)`, as with the official SDKs). */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page> {
    return this.#firstPage().finally(onFinally);
  }

  /** Every page, starting with the first. */
  async *pages(): AsyncGenerator<Page> {
    let query: Query | null = this.#query;
    let page = await this.#firstPage();
    for (;;) {
      yield page;
      query = nextPageQuery(this.#style, query, page);
      if (query === null) return;
      page = await this.#fetchPage(query);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.pages()) yield* page.data as readonly Item[];
  }
}
