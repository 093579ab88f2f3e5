// SQLite's own share of `marrow load`: the floor no Swift-side work can go below on this schema.
//
//   cc -O2 -o load_floor Benchmarks/tools/load_floor.c -lsqlite3
//   ./load_floor KB.sqlite [BATCH_ROWS] [SCRATCH.sqlite]
//
// KB.sqlite is a knowledge base `marrow load` built. Its passages and evidence rows are read into
// memory first (not timed), then written into a fresh file the way `load` writes them: one
// transaction, journal off, `INSERT OR IGNORE` passages and `INSERT OR REPLACE` evidence in
// multi-row statements of BATCH_ROWS rows (default 32, `RecordInserter.batchRows`), each batch
// sorted by id, text bound with SQLITE_STATIC. Then what `KnowledgeBaseBuilder.finish` does after
// the rows: the deferred secondary indexes and the full-text `rebuild`. The table, index and
// full-text definitions are taken from KB.sqlite's own schema, so the figures follow the schema.
//
// Three layouts of the two big tables are timed, to say what a schema change could buy:
//   schema     the tables as KB.sqlite has them (text primary keys);
//   no-key     the same columns with no key at insert, and unique indexes on id built afterwards;
//   no-rowid   the tables as KB.sqlite has them, evidence WITHOUT ROWID.
// Times are CPU seconds of this process (user+sys), the median of three runs each.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    int count, columns;
    sqlite3_value ***rows;
} Rows;

static double cpu(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void check(int code, sqlite3 *db, const char *what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        fprintf(stderr, "load_floor: %s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static void run(sqlite3 *db, const char *sql) { check(sqlite3_exec(db, sql, NULL, NULL, NULL), db, sql); }

static Rows fetch(sqlite3 *db, const char *sql) {
    Rows rows = {0, 0, NULL};
    sqlite3_stmt *statement;
    check(sqlite3_prepare_v2(db, sql, -1, &statement, NULL), db, sql);
    rows.columns = sqlite3_column_count(statement);
    int capacity = 1024;
    rows.rows = malloc(capacity * sizeof *rows.rows);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (rows.count == capacity) rows.rows = realloc(rows.rows, (capacity *= 2) * sizeof *rows.rows);
        sqlite3_value **row = malloc(rows.columns * sizeof *row);
        for (int column = 0; column < rows.columns; column++)
            row[column] = sqlite3_value_dup(sqlite3_column_value(statement, column));
        rows.rows[rows.count++] = row;
    }
    sqlite3_finalize(statement);
    return rows;
}

/// The `sql` of a schema object of `db`, or NULL.
static char *schemaSQL(sqlite3 *db, const char *name) {
    sqlite3_stmt *statement;
    check(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &statement, NULL), db, name);
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    char *sql = NULL;
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
        sql = strdup((const char *)sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return sql;
}

static int byKey(const void *a, const void *b) {
    sqlite3_value *x = (*(sqlite3_value ***)a)[0], *y = (*(sqlite3_value ***)b)[0];
    return strcmp((const char *)sqlite3_value_text(x), (const char *)sqlite3_value_text(y));
}

static sqlite3_stmt *prepareRows(sqlite3 *db, const char *head, int columns, int rows) {
    size_t size = strlen(head) + (size_t)rows * (columns * 2 + 3) + 16;
    char *sql = malloc(size), *end = sql + sprintf(sql, "%s VALUES ", head);
    for (int row = 0; row < rows; row++) {
        *end++ = row ? ',' : ' ';
        *end++ = '(';
        for (int column = 0; column < columns; column++) {
            if (column) *end++ = ',';
            *end++ = '?';
        }
        *end++ = ')';
    }
    *end = 0;
    sqlite3_stmt *statement;
    check(sqlite3_prepare_v2(db, sql, -1, &statement, NULL), db, sql);
    free(sql);
    return statement;
}

static void insert(sqlite3 *db, const char *head, Rows rows, int batch) {
    sqlite3_stmt *full = prepareRows(db, head, rows.columns, batch);
    sqlite3_value ***chunk = malloc(batch * sizeof *chunk);
    for (int start = 0; start < rows.count; start += batch) {
        int count = rows.count - start < batch ? rows.count - start : batch;
        sqlite3_stmt *statement = count == batch ? full : prepareRows(db, head, rows.columns, count);
        memcpy(chunk, rows.rows + start, count * sizeof *chunk);
        qsort(chunk, count, sizeof *chunk, byKey);
        int index = 1;
        for (int row = 0; row < count; row++)
            for (int column = 0; column < rows.columns; column++, index++) {
                sqlite3_value *value = chunk[row][column];
                switch (sqlite3_value_type(value)) {
                case SQLITE_INTEGER: sqlite3_bind_int64(statement, index, sqlite3_value_int64(value)); break;
                case SQLITE_NULL: sqlite3_bind_null(statement, index); break;
                default:
                    sqlite3_bind_text(statement, index, (const char *)sqlite3_value_text(value),
                                      sqlite3_value_bytes(value), SQLITE_STATIC);
                }
            }
        check(sqlite3_step(statement), db, head);
        sqlite3_reset(statement);
        if (statement != full) sqlite3_finalize(statement);
    }
    free(chunk);
    sqlite3_finalize(full);
}

typedef struct {
    double passages, evidence, keys, indexes, fullText, total;
} Times;

enum Layout { schema, noKey, noRowid };
static const char *layoutNames[] = {"schema", "no-key", "no-rowid"};

/// Drops the text `PRIMARY KEY` of a CREATE TABLE statement (the key becomes an index built later).
static char *withoutKey(const char *sql) {
    char *copy = strdup(sql), *key = strstr(copy, " PRIMARY KEY");
    if (key) memmove(key, key + 12, strlen(key + 12) + 1);
    return copy;
}

static Times once(sqlite3 *source, const char *scratch, Rows passages, Rows evidence, int batch,
                  enum Layout layout) {
    static const char *deferred[] = {"passages_source", "evidence_source", "claims_subject", "claim_sources_source"};
    remove(scratch);
    sqlite3 *db;
    check(sqlite3_open(scratch, &db), db, scratch);
    run(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; "
            "PRAGMA temp_store = MEMORY");
    char *passagesSQL = schemaSQL(source, "passages"), *evidenceSQL = schemaSQL(source, "evidence");
    if (!passagesSQL || !evidenceSQL) {
        fprintf(stderr, "load_floor: not a Marrow knowledge base (no passages or evidence table)\n");
        exit(1);
    }
    if (layout == noKey) {
        char *p = withoutKey(passagesSQL), *e = withoutKey(evidenceSQL);
        free(passagesSQL), free(evidenceSQL);
        passagesSQL = p, evidenceSQL = e;
    }
    run(db, passagesSQL);
    if (layout == noRowid) {
        char *e = malloc(strlen(evidenceSQL) + 16);
        sprintf(e, "%s WITHOUT ROWID", evidenceSQL);
        free(evidenceSQL);
        evidenceSQL = e;
    }
    run(db, evidenceSQL);
    // The other tables the deferred indexes and the full-text index name (empty here).
    for (const char **name = (const char *[]){"claims", "claim_sources", "passages_fts", NULL}; *name; name++) {
        char *sql = schemaSQL(source, *name);
        if (sql) run(db, sql), free(sql);
    }
    Times times = {0};
    double start = cpu();
    run(db, "BEGIN");
    insert(db, "INSERT OR IGNORE INTO passages (id, source_id, text, start, \"end\", section, raw_start, raw_end, xpath, line)",
           passages, batch);
    double afterPassages = cpu();
    insert(db, "INSERT OR REPLACE INTO evidence (id, claim_id, source_id, passage_id, role, assertion, mention_text, "
               "start, \"end\", raw_start, raw_end, why, lexicon_version)",
           evidence, batch);
    double afterEvidence = cpu();
    if (layout == noKey) run(db, "CREATE UNIQUE INDEX p_id ON passages(id); CREATE UNIQUE INDEX e_id ON evidence(id)");
    double afterKeys = cpu();
    for (int index = 0; index < 4; index++) {
        char *sql = schemaSQL(source, deferred[index]);
        if (sql) run(db, sql), free(sql);
    }
    double afterIndexes = cpu();
    run(db, "INSERT INTO passages_fts(passages_fts) VALUES('rebuild')");
    run(db, "COMMIT");
    double end = cpu();
    times = (Times){afterPassages - start, afterEvidence - afterPassages, afterKeys - afterEvidence,
                    afterIndexes - afterKeys, end - afterIndexes, end - start};
    free(passagesSQL), free(evidenceSQL);
    sqlite3_close(db);
    remove(scratch);
    return times;
}

static int byTotal(const void *a, const void *b) {
    double x = ((const Times *)a)->total, y = ((const Times *)b)->total;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 4) {
        fprintf(stderr, "usage: load_floor KB.sqlite [BATCH_ROWS] [SCRATCH.sqlite]\n");
        return 2;
    }
    int batch = argc > 2 ? atoi(argv[2]) : 32;
    const char *scratch = argc > 3 ? argv[3] : "/tmp/marrow-load-floor.sqlite";
    sqlite3 *source;
    if (sqlite3_open_v2(argv[1], &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "load_floor: %s: cannot open: %s\n", argv[1], sqlite3_errmsg(source));
        return 1;
    }
    Rows passages = fetch(source, "SELECT id, source_id, text, start, \"end\", section, raw_start, raw_end, xpath, "
                                  "line FROM passages ORDER BY rowid");
    Rows evidence = fetch(source, "SELECT id, claim_id, source_id, passage_id, role, assertion, mention_text, start, "
                                  "\"end\", raw_start, raw_end, why, lexicon_version FROM evidence ORDER BY rowid");
    printf("load floor: %d passages, %d evidence rows, %d rows a statement (CPU-s, median of 3)\n", passages.count,
           evidence.count, batch);
    printf("%-9s %9s %9s %9s %9s %9s %9s\n", "layout", "passages", "evidence", "keys", "indexes", "full-text",
           "total");
    for (int layout = schema; layout <= noRowid; layout++) {
        Times runs[3];
        for (int index = 0; index < 3; index++)
            runs[index] = once(source, scratch, passages, evidence, batch, (enum Layout)layout);
        qsort(runs, 3, sizeof *runs, byTotal);
        Times median = runs[1];
        printf("%-9s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f\n", layoutNames[layout], median.passages, median.evidence,
               median.keys, median.indexes, median.fullText, median.total);
    }
    sqlite3_close(source);
    return 0;
}
