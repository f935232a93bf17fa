/**
 * The content of a ballot's box as SQL: one row per ballot cast (receipt, choices,
 * college, weight), from the box of a secret ballot or the votes of a public one (each
 * with its member's college and weight, copied from the roll when cast). Counting, sealing
 * and publishing all read this, so they read the same thing. $1 is the ballot id.
 */
export function boxContent(secret: boolean): string {
  return `SELECT receipt, choices, college_id, weight FROM ${secret ? 'ballot_box' : 'ballot_votes'} WHERE ballot_id = $1`;
}

/** The same content for many ballots at once, with each row's ballot: $1 the secret ballots' ids, $2 the public ones'. */
export function boxContentOfBallots(): string {
  return `SELECT ballot_id, receipt, choices, college_id, weight FROM ballot_box WHERE ballot_id = ANY($1::uuid[])
          UNION ALL
          SELECT ballot_id, receipt, choices, college_id, weight FROM ballot_votes WHERE ballot_id = ANY($2::uuid[])`;
}

/** The votes grouped for counting: the same choices (sorted) in the same college, with their total weight. */
export function groupedVotes(secret: boolean): string {
  return `SELECT ARRAY(SELECT unnest(choices) ORDER BY 1)::text[] AS choices, college_id, sum(weight)::int AS weight
            FROM (${boxContent(secret)}) AS box
           GROUP BY 1, 2`;
}

/**
 * The box's seal: SHA-256 of its lines « receipt choices college weight », sorted by
 * receipt, one per line; anyone holding the published box can recompute it.
 */
export function boxSeal(secret: boolean): string {
  return `SELECT encode(sha256(convert_to(COALESCE(string_agg(line, E'\\n' ORDER BY receipt), ''), 'UTF8')), 'hex') AS seal, count(*)::int AS ballots
            FROM (SELECT receipt, receipt || ' ' || array_to_string(ARRAY(SELECT unnest(choices)::text ORDER BY 1), ',') || ' ' || COALESCE(college_id::text, '-') || ' ' || weight AS line
                    FROM (${boxContent(secret)}) AS box) AS lines`;
}
