// news-archive search page: Pagefind's index, queried for Vietnamese typed with or without diacritics.
// Pagefind folds tone marks itself (tran quoc to → Trần Quốc Tỏ, hoa → hóa, hoá) and ranks exact
// spellings first, but đ has no Unicode decomposition, so a word typed with a plain initial d is
// also searched with đ (dang → Đảng). Served as a module; the exports are unit-tested.
// (This file is included through Nunjucks: it must never hold a Nunjucks tag or comment opener.)

/** Lower case without tone marks or other diacritics, đ → d: how two spellings are compared. */
export function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/**
 * The queries to run for what the reader typed: the words as typed, and each word that starts
 * with a plain d also with đ (Vietnamese writes đ only at the start of a syllable). At most
 * `max` variants, the typed one first.
 */
export function queryVariants(query, max = 16) {
  const words = String(query).normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants = [[]];
  for (const word of words) {
    const choices = /^[dD]/.test(word) ? [word, (word[0] === "d" ? "đ" : "Đ") + word.slice(1)] : [word];
    const next = [];
    for (const v of variants) for (const c of choices) next.push([...v, c]);
    variants = next.slice(0, max);
  }
  return variants.map((v) => v.join(" "));
}

/**
 * Results of several searches as one list: each page once with its best score, by score,
 * ties by id so the order is stable.
 */
export function mergeResults(lists) {
  const best = new Map();
  for (const list of lists) {
    for (const r of list) {
      const known = best.get(r.id);
      if (!known || r.score > known.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

const PAGE = 20;

function start(root) {
  const form = root.querySelector("form");
  const q = form.elements.namedItem("q");
  const source = form.elements.namedItem("source");
  const year = form.elements.namedItem("year");
  const sort = form.elements.namedItem("sort");
  const tag = form.elements.namedItem("tag");
  const topic = root.querySelector(".news-search-topic");
  const status = root.querySelector(".news-search-status");
  const list = root.querySelector(".news-search-results");
  const more = root.querySelector(".news-search-more");
  const t = root.dataset;
  let pagefind = null;
  let current = [];
  let shown = 0;
  let generation = 0;

  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get("q") ?? "";
    if (source) source.value = p.get("source") ?? "";
    if (year) year.value = p.get("year") ?? "";
    sort.value = p.get("sort") === "newest" ? "newest" : "";
    tag.value = p.get("tag") ?? "";
    topic.classList.toggle("is-on", tag.value !== "");
    topic.querySelector("strong").textContent = tag.value;
  };
  const toUrl = () => {
    const p = new URLSearchParams();
    if (q.value.trim()) p.set("q", q.value.trim());
    if (source && source.value) p.set("source", source.value);
    if (year && year.value) p.set("year", year.value);
    if (tag.value) p.set("tag", tag.value);
    if (sort.value) p.set("sort", sort.value);
    const query = p.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };

  const item = (d) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = d.url;
    a.textContent = d.meta.title || d.url;
    li.append(a);
    const meta = document.createElement("p");
    meta.className = "news-list-meta";
    if (d.meta.date) {
      const time = document.createElement("time");
      if (d.meta.datetime) time.dateTime = d.meta.datetime;
      time.textContent = d.meta.date;
      meta.append(time);
    }
    if (d.meta.source) {
      const s = document.createElement("span");
      s.textContent = `${t.tSource}: ${d.meta.source}`;
      meta.append(s);
    }
    li.append(meta);
    const excerpt = document.createElement("p");
    excerpt.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark> around matched words
    li.append(excerpt);
    return li;
  };

  const showMore = async (run) => {
    const slice = current.slice(shown, shown + PAGE);
    shown += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (run !== generation) return;
    for (const d of data) list.append(item(d));
    more.classList.toggle("is-on", shown < current.length);
  };

  const search = async () => {
    const run = ++generation;
    const query = q.value.trim();
    list.replaceChildren();
    more.classList.remove("is-on");
    if (!query && !tag.value && !(source && source.value) && !(year && year.value)) {
      status.textContent = "";
      return;
    }
    status.textContent = t.tLoading;
    try {
      pagefind ??= await import(`${t.bundle}pagefind.js`);
      const filters = {};
      if (source && source.value) filters.source = source.value;
      if (year && year.value) filters.year = year.value;
      if (tag.value) filters.tag = tag.value;
      const newest = sort.value === "newest";
      const options = { filters, ...(newest ? { sort: { date: "desc" } } : {}) };
      const variants = query ? queryVariants(query) : [null];
      const answers = await Promise.all(variants.map((v) => pagefind.search(v, options)));
      const lists = answers.map((a) => a.results);
      if (run !== generation) return;
      // One list sorted by date is already in order; several are merged by the articles' own dates.
      current = !newest ? mergeResults(lists) : lists.length === 1 ? lists[0] : await byDate(lists.flat());
      if (run !== generation) return;
      shown = 0;
      status.textContent = current.length === 0 ? t.tNone : `${current.length} ${t.tResults}`;
      await showMore(run);
    } catch (error) {
      status.textContent = t.tFailed;
      console.warn("news-archive search:", error);
    }
  };

  // Several variant lists sorted by date: merge them by the articles' own dates.
  const byDate = async (results) => {
    const unique = mergeResults([results]);
    const dated = await Promise.all(unique.map(async (r) => ({ r, d: (await r.data()).meta.datetime ?? "" })));
    return dated.sort((a, b) => (a.d < b.d ? 1 : a.d > b.d ? -1 : 0)).map((x) => x.r);
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    toUrl();
    search();
  });
  for (const control of [source, year, sort]) control?.addEventListener("change", () => (toUrl(), search()));
  topic.querySelector("button").addEventListener("click", () => {
    tag.value = "";
    topic.classList.remove("is-on");
    toUrl();
    search();
    q.focus();
  });
  more.addEventListener("click", () => showMore(generation));
  fromUrl();
  search();
}

if (typeof document !== "undefined") {
  const root = document.querySelector("[data-news-search]");
  if (root) start(root);
}
