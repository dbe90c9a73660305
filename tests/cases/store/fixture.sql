-- fixture.sql: known events and mentions over the two documents of fixture.jsonl
-- (ingested with --no-code), for tests/sh/store.sh and its golden outputs.
DELETE FROM mentions; DELETE FROM events;
INSERT INTO events (id, date, source, source_country, source_party, target, target_country, target_party, code, root, quad_class, goldstein, place, place_country, lat, lon, is_root, num_mentions, num_articles, num_sources, added_at) VALUES
 (1, '2016-06-13', 'KORGOV', 'KOR', 'KOR', 'RUSGOV', 'RUS', 'RUS', '042', '04', 1, 1.9, 'Moscow', 'RUS', 55.75, 37.62, 1, 2, 1, 1, '2026-01-01T00:00:00Z'),
 (2, '2016-06-13', 'RUSGOV', 'RUS', 'RUS', 'KORGOV', 'KOR', 'KOR', '043', '04', 1, 2.8, 'Moscow', 'RUS', 55.75, 37.62, 1, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (3, '2016-07-01', 'KOR', 'KOR', 'KOR', 'RUS', 'RUS', 'RUS', '111', '11', 3, -2.0, NULL, NULL, NULL, NULL, 0, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (4, '2021-10-28', 'KORGOV', 'KOR', 'KOR', 'RUSGOV', 'RUS', 'RUS', '042', '04', 1, 1.9, 'Moscow', 'RUS', 55.75, 37.62, 1, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (5, '2023-09-13', 'PRKGOV', 'PRK', 'PRK', 'RUSGOV', 'RUS', 'RUS', '057', '05', 2, 8.0, 'Vostochny', 'RUS', 51.88, 128.33, 1, 1, 1, 1, '2026-01-01T00:00:00Z');
INSERT INTO mentions (event_id, document_id, sentence_idx, source_start, source_end, target_start, target_end, verb_start, verb_end) VALUES
 (1, 1, 1, 15, 20, 25, 31, 44, 47), (1, 1, 1, 15, 20, 25, 31, 48, 54), (2, 1, 1, 25, 31, 15, 20, 44, 47), (3, 1, 1, 15, 20, 25, 31, 44, 47),
 (4, 2, 1, 20, 32, 38, 44, 33, 37), (5, 2, 1, 20, 32, 38, 44, 33, 37);
