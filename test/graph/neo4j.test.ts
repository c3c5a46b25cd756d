/**
 * Real tests of the driver layer, the schema and the local-server helpers against the Neo4j
 * that test/setup/global-setup.ts provides (never a mocked driver). Every node created here
 * has a key starting with RUN, and is deleted afterwards, so an external NEO4J_URI is safe.
 */
import * as net from 'node:net';
import { applySchema, cypher, fulltextQuery, splitStatements, stripHeader } from '../../server/graph/cypher';
import { luceneQuery } from '../../server/graph/read';
import { checkConnectivity, closeDriver, currentSettings, readQuery, writeQuery } from '../../server/graph/driver';
import { UnavailableError } from '../../server/graph/errors';
import { boltAnswers, localStatus } from '../../server/neo4j/local';

const RUN = `test-neo4j-${process.pid}-${Date.now()}|`;

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

const doc = (id: string, props: Record<string, unknown>) => ({ key: `${RUN}${id}`, ...props });

afterAll(async () => {
  await writeQuery('MATCH (n) WHERE n.key STARTS WITH $run DETACH DELETE n', { run: RUN });
  await closeDriver();
});

describe('the test server', () => {
  test('global setup exported its connection to this worker', () => {
    expect(process.env.NEO4J_URI).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/);
    expect(currentSettings().uri).toBe(process.env.NEO4J_URI);
  });

  test('checkConnectivity reaches it', async () => {
    const info = await checkConnectivity();
    expect(info.uri).toBe(process.env.NEO4J_URI);
    expect(info.agent).toMatch(/^Neo4j\/5\./);
  });

  test('integers come back as numbers and values as plain objects', async () => {
    const [row] = await readQuery(
      "RETURN 1 AS one, date('2020-03-31') AS day, {n: 2, list: [3]} AS map, [4, 5] AS list",
    );
    expect(row).toEqual({ one: 1, day: '2020-03-31', map: { n: 2, list: [3] }, list: [4, 5] });
  });

  test('nodes become { elementId, labels, properties }', async () => {
    const [row] = await writeQuery('CREATE (d:Document {key: $key, number: $number}) RETURN d', doc('plain', { number: '16/CT-TTg' }));
    expect(row.d).toEqual({
      elementId: expect.any(String),
      labels: ['Document'],
      properties: { key: `${RUN}plain`, number: '16/CT-TTg' },
    });
  });
});

describe('schema', () => {
  const names = async () => ({
    constraints: (await readQuery<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name),
    indexes: (await readQuery<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name),
  });

  test('applying it twice is idempotent', async () => {
    await applySchema();
    const before = await names();
    await applySchema();
    expect(await names()).toEqual(before);
    expect(before.constraints).toEqual(expect.arrayContaining(['authority_key', 'document_key', 'person_key']));
    expect(before.indexes).toEqual(
      expect.arrayContaining([
        'document_search',
        'document_number',
        'document_issued_on',
        'document_level',
        'document_province',
        'document_type',
        'document_stub',
      ]),
    );
  });

  test('the full-text index folds diacritics', async () => {
    const [row] = await readQuery<{ analyzer: string; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, options, state WHERE name = 'document_search' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer, state",
    );
    expect(row).toEqual({ analyzer: 'standard-folding', state: 'ONLINE' });
  });

  test.each(['Document', 'Authority', 'Person'])('the uniqueness constraint rejects a duplicate %s key', async (label) => {
    const key = `${RUN}dup-${label}`;
    await writeQuery(`CREATE (:${label} {key: $key})`, { key });
    await expect(writeQuery(`CREATE (:${label} {key: $key})`, { key })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const [row] = await readQuery(`MATCH (n:${label} {key: $key}) RETURN count(n) AS n`, { key });
    expect(row.n).toBe(1);
  });
});

describe('full-text search on document_search', () => {
  beforeAll(async () => {
    const docs = [
      doc('ct16', {
        number: '16/CT-TTg',
        type: 'Chỉ thị',
        title: 'Chỉ thị số 16/CT-TTg về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19',
        issuerName: 'Thủ tướng Chính phủ',
      }),
      doc('dienbien', {
        number: '53-CV/TU',
        type: 'Công văn',
        title: 'Công văn về tăng cường phòng, chống dịch',
        issuerName: 'Ban Thường vụ Tỉnh ủy',
        text: 'Thực hiện chỉ đạo của Ban Bí thư, Ban Thường vụ Tỉnh ủy Điện Biên yêu cầu các cấp ủy...',
      }),
      doc('laichau', {
        number: '53-CV/TU',
        type: 'Công văn',
        title: 'Công văn về tăng cường phòng, chống dịch',
        issuerName: 'Tỉnh ủy Lai Châu',
        text: 'Ban Thường vụ Tỉnh ủy Lai Châu yêu cầu...',
      }),
      doc('searchtext', { number: '15/CT-TTg', title: 'Chỉ thị', searchText: 'thu tuong chinh phu gian cach xa hoi' }),
    ];
    await writeQuery('UNWIND $docs AS d CREATE (n:Document) SET n = d', { docs });
    await readQuery('CALL db.awaitIndexes(300)');
    // The index is eventually consistent: wait until these writes are searchable.
    await readQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  });

  const search = async (query: string) =>
    (
      await readQuery<{ key: string }>(
        "CALL db.index.fulltext.queryNodes('document_search', $query) YIELD node, score WHERE node.key STARTS WITH $run RETURN node.key AS key ORDER BY score DESC",
        { query, run: RUN },
      )
    ).map((r) => r.key.slice(RUN.length));

  test.each([
    ['chi thi 16', 'ct16'],
    ['Chỉ thị 16', 'ct16'],
    ['16/CT-TTg', 'ct16'],
    ['dien bien', 'dienbien'],
    ['ĐIỆN BIÊN', 'dienbien'],
    ['lai chau', 'laichau'],
    ['gian cach', 'searchtext'],
  ])('%j finds %s first (the product\'s query: every word required, phrase boosted)', async (query, expected) => {
    const keys = await search(luceneQuery(query));
    expect(keys[0]).toBe(expected);
  });

  test('"dien bien" finds Điện Biên and not the Lai Châu letter, folded by the analyzer', async () => {
    // Only words in this run's documents count, but other test files' documents share the index
    // (and so its word statistics): the raw OR query is checked for what it matches, not its order.
    const keys = await search('dien bien');
    expect(keys).toContain('dienbien');
    expect(keys).not.toContain('laichau');
    expect(await search(luceneQuery('dien bien'))).toEqual(['dienbien']);
  });

  test('"chi thi 16" as a raw Lucene query also works', async () => {
    expect(await search('chi thi 16')).toContain('ct16');
  });
});

describe('unreachable Neo4j', () => {
  test('checkConnectivity against a closed port throws UnavailableError naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await checkConnectivity({ uri }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).name).toBe('UnavailableError');
    expect((error as Error).message).toContain(uri);
    expect((error as UnavailableError).details).toEqual({ uri, code: 'ECONNREFUSED' });
  });

  test('a neo4j:// routing URI on a closed port is unavailable too', async () => {
    const uri = `neo4j://127.0.0.1:${await closedPort()}`;
    await expect(checkConnectivity({ uri })).rejects.toMatchObject({ name: 'UnavailableError' });
  });

  test('wrong credentials are reported as UnavailableError, without the password', async () => {
    const error = await checkConnectivity({ password: 'not-the-password-42' }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('UnavailableError');
    expect((error as Error).message).toContain(currentSettings().uri);
    expect((error as Error).message).not.toContain('not-the-password-42');
  });
});

describe('local server helpers', () => {
  test('boltAnswers is true for the test server and false for a closed port', async () => {
    const { hostname, port } = new URL(process.env.NEO4J_URI!.replace(/^[a-z0-9+]+:/, 'http:'));
    if (hostname === '127.0.0.1' || hostname === 'localhost') {
      expect(await boltAnswers(hostname, Number(port || 7687))).toBe(true);
    }
    expect(await boltAnswers('127.0.0.1', await closedPort())).toBe(false);
  });

  test('localStatus of a folder with no server is stopped', async () => {
    expect(await localStatus('/nonexistent/directive-graph')).toMatchObject({ state: 'stopped' });
  });
});

describe('cypher loader', () => {
  test.each([
    ["// Purpose\n// :params {key: 'k'}\nMATCH (n) RETURN n;\n", 'MATCH (n) RETURN n'],
    ["// Purpose\n:params {\n  key: 'a}b',\n  depth: 3\n}\nMATCH (n) RETURN n", 'MATCH (n) RETURN n'],
    ['/* Purpose\n:params {} */\nRETURN 1', 'RETURN 1'],
  ])('stripHeader(%j)', (input, expected) => {
    expect(stripHeader(input)).toBe(expected);
  });

  test('splitStatements ignores ; in strings and comments', () => {
    expect(splitStatements("// a; b\n:params {}\nRETURN ';' AS x; // c;\nRETURN 2 /* ; */;\n")).toEqual([
      "RETURN ';' AS x",
      'RETURN 2',
    ]);
  });

  test('cypher() loads schema.cypher without its header', () => {
    expect(cypher('schema')).toMatch(/^CREATE CONSTRAINT document_key IF NOT EXISTS/);
  });

  test('cypher() rejects names that leave cypher/', () => {
    expect(() => cypher('../package')).toThrow(/Invalid Cypher file name/);
  });

  test('fulltextQuery removes Lucene syntax', () => {
    expect(fulltextQuery('1093/QĐ-UBND')).toBe('1093 QĐ UBND');
    expect(fulltextQuery('"chỉ thị" AND (16)')).toBe('chỉ thị 16');
  });
});
