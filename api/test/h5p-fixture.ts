import yazl from 'yazl';

/**
 * A small H5P content type written for the tests (issue 6), and a helper that packs it, or a
 * hostile variant of it, into a `.h5p`. The content type registers itself with H5P, keeps a draft
 * counter as its state, emits an xAPI `answered` statement with a score when a button is clicked,
 * and probes what a package's script can reach of the platform (cookie, storage, the api).
 */

export const FIXTURE_LIBRARY = 'H5P.ContinuiteQuiz';
/** The id the e2e setup installs the fixture under (`cli.js import-h5p --id`), named by e2e/fixtures/modules/activite-h5p-e2e. */
export const E2E_PACKAGE_ID = '6b1f0c9e-3f4a-4c2d-9e8b-0000000e2e01';
export const FIXTURE_TITLE = 'Quiz de test Continuité';

export interface PackEntry {
  name: string;
  data: string | Buffer;
  /** Unix mode; 0o120777 makes a symbolic link entry. */
  mode?: number;
}

const QUIZ_JS = String.raw`var H5P = H5P || {};
H5P.ContinuiteQuiz = (function (EventDispatcher) {
  function Quiz(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    var previous = extras && extras.previousState;
    this.state = { drafts: previous && typeof previous.drafts === 'number' ? previous.drafts : 0 };
  }
  Quiz.prototype = Object.create(EventDispatcher.prototype);
  Quiz.prototype.constructor = Quiz;

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }

  Quiz.prototype.attach = function ($container) {
    var self = this;
    var root = $container[0];
    root.textContent = '';
    root.appendChild(element('p', self.params.question));
    var drafts = element('p', '', { 'data-testid': 'drafts' });
    var outcome = element('p', '', { 'data-testid': 'outcome', role: 'status' });
    function showDrafts() { drafts.textContent = 'Brouillons : ' + self.state.drafts; }
    var keep = element('button', 'Garder un brouillon', { type: 'button' });
    keep.addEventListener('click', function () { self.state.drafts += 1; showDrafts(); });
    var right = element('button', self.params.right, { type: 'button' });
    var wrong = element('button', self.params.wrong, { type: 'button' });
    function answer(correct) {
      self.triggerXAPIScored(correct ? 1 : 0, 1, 'answered', true, correct);
      outcome.textContent = 'Réponse envoyée';
    }
    right.addEventListener('click', function () { answer(true); });
    wrong.addEventListener('click', function () { answer(false); });
    showDrafts();
    [keep, right, wrong, drafts, outcome].forEach(function (node) { root.appendChild(node); });
    probe(root);
  };

  Quiz.prototype.getCurrentState = function () {
    return this.state;
  };

  // What a hostile package would try: the learner's cookie, the platform's storage, the api as the learner.
  function probe(root) {
    var list = element('ul', '', { 'data-testid': 'probe' });
    function show(name, value) { list.appendChild(element('li', name + ' : ' + value, { 'data-probe': name })); }
    var cookie;
    try { cookie = document.cookie === '' ? 'vide' : 'lu'; } catch (error) { cookie = 'refusé'; }
    show('cookie', cookie);
    var storage;
    // The frame may have a storage of its own (the player gives H5P one in memory), never the platform's.
    try { storage = window.localStorage.getItem('continuite-e2e-secret') === null ? 'vide' : 'lu'; } catch (error) { storage = 'refusé'; }
    show('stockage', storage);
    root.appendChild(list);
    fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    }).then(
      function (response) { return response.text().then(function (text) { show('api', text.indexOf('"errors"') >= 0 ? 'refusé' : 'accepté'); }); },
      function () { show('api', 'refusé'); },
    );
  }

  return Quiz;
})(H5P.EventDispatcher);
`;

/** The fixture package's files; each hostile variant adds or removes one. */
export function fixtureEntries(options: { question?: string } = {}): PackEntry[] {
  const dependency = { machineName: FIXTURE_LIBRARY, majorVersion: 1, minorVersion: 0 };
  return [
    {
      name: 'h5p.json',
      data: JSON.stringify({
        title: FIXTURE_TITLE,
        language: 'fr',
        mainLibrary: FIXTURE_LIBRARY,
        embedTypes: ['div'],
        license: 'U',
        preloadedDependencies: [dependency],
      }),
    },
    {
      name: 'content/content.json',
      data: JSON.stringify({
        question: options.question ?? 'Faut-il partager son mot de passe avec un ami ?',
        right: 'Non, jamais',
        wrong: 'Oui, si c’est un ami',
      }),
    },
    {
      name: `${FIXTURE_LIBRARY}-1.0/library.json`,
      data: JSON.stringify({
        title: 'Continuité quiz (fixture)',
        machineName: FIXTURE_LIBRARY,
        majorVersion: 1,
        minorVersion: 0,
        patchVersion: 0,
        runnable: 1,
        embedTypes: ['div'],
        preloadedJs: [{ path: 'quiz.js' }],
        preloadedCss: [{ path: 'quiz.css' }],
      }),
    },
    { name: `${FIXTURE_LIBRARY}-1.0/quiz.js`, data: QUIZ_JS },
    { name: `${FIXTURE_LIBRARY}-1.0/quiz.css`, data: '.continuite-quiz button { margin: 0.25rem; font: inherit; }\n' },
  ];
}

/** Packs entries into a `.h5p` (a zip), deflated. */
export function packH5p(entries: readonly PackEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data;
    zip.addBuffer(data, entry.name, { mode: entry.mode ?? 0o100644, mtime: new Date('2026-01-01T00:00:00Z') });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** The fixture, ready to upload. */
export function fixturePackage(options: { question?: string } = {}): Promise<Buffer> {
  return packH5p(fixtureEntries(options));
}

/**
 * Renames an entry in a packed archive, local header and central directory alike. yazl refuses to
 * write `../evil.js`, as it should; a hostile archive is made by renaming `xx/evil.js` afterwards
 * (same length, so no offset moves).
 */
export function renameEntry(archive: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('same length only');
  const out = Buffer.from(archive);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  if (at < 0) throw new Error(`${from} not in the archive`);
  while (at >= 0) {
    Buffer.from(to).copy(out, at);
    at = out.indexOf(needle, at + needle.length);
  }
  return out;
}

/** Makes the central directory claim a smaller uncompressed size for an entry: a lying header. */
export function understateSize(archive: Buffer, name: string, claimed: number): Buffer {
  const out = Buffer.from(archive);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = out.indexOf(signature); at >= 0; at = out.indexOf(signature, at + 4)) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      out.writeUInt32LE(claimed, at + 24);
      return out;
    }
  }
  throw new Error(`${name} not in the central directory`);
}
