// news-archive search page: queries the archive's own index (written by the plugin into news-search/)
// for Vietnamese typed with or without diacritics. Every word is indexed folded (no tone marks, đ → d),
// so `tran quoc to` finds Trần Quốc Tỏ and `dang` finds Đảng; a word typed with its marks also ranks the
// articles that spell it so first. Only the index files a query needs are fetched. Served as a module;
// the exports are unit-tested against the index the plugin writes.
// (This file is included through Nunjucks: it must never hold a Nunjucks tag or comment opener.)

/** A word: letters, marks and digits, with inner `-`, `'` or `.` (`COVID-19`, `TP.HCM`); as the index reads text. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower case without tone marks or other diacritics, đ → d: how two spellings are compared. */
export function fold(text) {
  return String(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** FNV-1a over UTF-16 code units, as the plugin shards the index. */
export function shardOf(key, shards) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/**
 * The terms of a query: each word's folded key and, when typed with marks, its exact spelling.
 * A compound (`covid-19`) is one term; repeated words count once.
 */
export function queryTerms(query) {
  const terms = [];
  const seen = new Set();
  for (const m of String(query).normalize("NFC").matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const folded = fold(word);
    if (seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ folded, exact: folded === word ? null : `=${word}` });
  }
  return terms;
}

/** A posting list: article numbers and weights (mentions up to 15, +16 in the title). */
export function decodePostings(base64) {
  const bytes = typeof atob === "function" ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : Uint8Array.from(Buffer.from(base64, "base64"));
  const docs = [];
  const weights = [];
  let doc = -1;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[i++];
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    doc += gap;
    docs.push(doc);
    weights.push(bytes[i++]);
  }
  return { docs, weights };
}

/**
 * Rank articles. `lists` holds, per query term, its folded postings and, when typed with marks, its exact
 * postings (or null). Every term must match (folded). `allowed(doc)` applies the filters. Newest first
 * (the lowest number) breaks ties; `newest` sorts by date alone. Returns article numbers.
 */
export function rank(total, lists, allowed, newest = false) {
  if (lists.length === 0) return [];
  const score = new Map();
  lists.forEach(({ folded, exact }, i) => {
    const idf = Math.log(1 + total / Math.max(1, folded.docs.length));
    // Typed with marks: the articles that spell the word so come first (a tier above any count of other spellings).
    const exactWeight = new Map(exact ? exact.docs.map((d, j) => [d, exact.weights[j]]) : []);
    folded.docs.forEach((doc, j) => {
      if (i > 0 && !score.has(doc)) return;
      const e = exactWeight.get(doc);
      const s = idf * (weigh(folded.weights[j]) + (e === undefined ? 0 : EXACT_TIER + weigh(e)));
      score.set(doc, (score.get(doc) ?? 0) + s);
    });
    // Articles that lack this term leave.
    if (i > 0) {
      const here = new Set(folded.docs);
      for (const doc of score.keys()) if (!here.has(doc)) score.delete(doc);
    }
  });
  const docs = [...score.keys()].filter(allowed);
  return newest ? docs.sort((a, b) => a - b) : docs.sort((a, b) => score.get(b) - score.get(a) || a - b);
}

/** Mentions (at most 15) and a title bonus. */
const weigh = (w) => (w & 15) + (w & 16 ? 10 : 0);
/** Above any weight `weigh` gives. */
const EXACT_TIER = 30;

/** HTML of `text` with the words whose folded form is one of `folded` in <mark>; everything else escaped. */
export function markWords(text, folded) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  let html = "";
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const f = fold(m[0]);
    const hit = folded.has(f) || f.split(/[-'’.]/).some((part) => folded.has(part));
    if (!hit) continue;
    html += escape(text.slice(at, m.index)) + `<mark>${escape(m[0])}</mark>`;
    at = m.index + m[0].length;
  }
  return html + escape(text.slice(at));
}

/** About `size` characters of `text` around its first word in `folded`, cut at spaces. */
export function excerptAround(text, folded, size = 260) {
  if (text.length <= size) return text;
  let first = 0;
  for (const m of text.matchAll(WORD)) {
    if (folded.has(fold(m[0]))) {
      first = m.index;
      break;
    }
  }
  let from = Math.max(0, first - Math.floor(size / 3));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + size);
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "… " : ""}${text.slice(from, to)}${to < text.length ? " …" : ""}`;
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
  const files = new Map();
  const load = (name) => {
    if (!files.has(name)) {
      const p = fetch(`${t.bundle}${name}`).then((r) => {
        if (!r.ok) throw new Error(`${name}: ${r.status}`);
        return r.json();
      });
      p.catch(() => files.delete(name));
      files.set(name, p);
    }
    return files.get(name);
  };
  const postings = async (manifest, key) => {
    const shard = await load(`t/${shardOf(key, manifest.shards)}.json`);
    return shard[key] === undefined ? { docs: [], weights: [] } : decodePostings(shard[key]);
  };
  let current = [];
  let shown = 0;
  let folded = new Set();
  let manifest = null;
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

  const item = ([url, title, dateText, datetime, sourceName, text]) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = t.base + url.replace(/^\//, "");
    a.innerHTML = markWords(title || url, folded);
    li.append(a);
    const meta = document.createElement("p");
    meta.className = "news-list-meta";
    if (dateText) {
      const time = document.createElement("time");
      if (datetime) time.dateTime = datetime;
      time.textContent = dateText;
      meta.append(time);
    }
    if (sourceName) {
      const s = document.createElement("span");
      s.textContent = `${t.tSource}: ${sourceName}`;
      meta.append(s);
    }
    li.append(meta);
    const excerpt = document.createElement("p");
    excerpt.innerHTML = markWords(excerptAround(text, folded), folded); // escaped, with <mark> only
    li.append(excerpt);
    return li;
  };

  const showMore = async (run) => {
    const slice = current.slice(shown, shown + PAGE);
    shown += slice.length;
    const docs = await Promise.all(slice.map(async (n) => (await load(`d/${Math.floor(n / manifest.chunk)}.json`))[n % manifest.chunk]));
    if (run !== generation) return;
    for (const d of docs) list.append(item(d));
    more.classList.toggle("is-on", shown < current.length);
  };

  const search = async () => {
    const run = ++generation;
    const terms = queryTerms(q.value);
    list.replaceChildren();
    more.classList.remove("is-on");
    if (terms.length === 0 && !tag.value && !(source && source.value) && !(year && year.value)) {
      status.textContent = "";
      return;
    }
    status.textContent = t.tLoading;
    try {
      manifest ??= await load("index.json");
      const m = manifest;
      const filters = [];
      if (source && source.value) filters.push(new Set((await postings(m, `#s:${source.value}`)).docs));
      if (tag.value) filters.push(new Set((await postings(m, `#t:${tag.value}`)).docs));
      const range = year && year.value ? (m.years[year.value] ?? [1, 0]) : null;
      const allowed = (n) => (!range || (n >= range[0] && n <= range[1])) && filters.every((f) => f.has(n));
      let found;
      if (terms.length > 0) {
        const lists = await Promise.all(terms.map(async (term) => ({
          folded: await postings(m, term.folded),
          exact: term.exact ? await postings(m, term.exact) : null,
        })));
        found = rank(m.docs, lists, allowed, sort.value === "newest");
      } else {
        // Filters alone: their articles, newest first.
        const base = filters.length > 0 ? [...filters[0]] : Array.from({ length: range ? Math.max(0, range[1] - range[0] + 1) : m.docs }, (_, i) => i + (range ? range[0] : 0));
        found = base.filter(allowed).sort((a, b) => a - b);
      }
      if (run !== generation) return;
      folded = new Set(terms.map((term) => term.folded));
      current = found;
      shown = 0;
      status.textContent = current.length === 0 ? t.tNone : `${current.length} ${t.tResults}`;
      await showMore(run);
    } catch (error) {
      status.textContent = t.tFailed;
      console.warn("news-archive search:", error);
    }
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
