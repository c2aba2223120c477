-- French text is full of typographic apostrophes (« l’EHPAD », « d’une visite »). Where the database's LC_CTYPE is C
-- — the embedded PostgreSQL's cluster is created so —, the text-search parser takes every non-ASCII character for a
-- letter: « l’EHPAD » was one word, « l’ehpad », and a search for « EHPAD » missed the fiche. experience_fold now
-- turns the typographic apostrophes (’ ‘ ʼ) into the ASCII one, which the parser splits on under every locale; the
-- accents are folded as before (by unaccent in the configuration, or by the function where unaccent is missing).
-- The stored search vectors are then computed again.
do $$
begin
    if exists (select 1 from pg_proc where proname = 'experience_fold' and prosrc like '%àâ%') then
        create or replace function experience_fold(text) returns text language sql immutable parallel safe
            as $f$select translate(coalesce($1, ''),
                'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ’‘ʼ',
                'aaaaaaceeeeiiiinooooouuuuyyoaAAAAAACEEEEIIIINOOOOOUUUUYY''''''')$f$;
    else
        create or replace function experience_fold(text) returns text language sql immutable parallel safe
            as $f$select translate(coalesce($1, ''), '’‘ʼ', '''''''')$f$;
    end if;
end
$$;

-- an update computes the stored generated column again
update experience_shared set title = title;

-- The highlighted extract parses the text as it is shown, accents and apostrophes kept: there the typographic
-- apostrophes stand aside as control characters (ASCII: separators under every locale) while ts_headline reads, and
-- come back in its result.
create function experience_headline(document text, query tsquery, options text) returns text language sql stable parallel safe
    as $f$select translate(ts_headline('experience_fr', translate(document, '’‘ʼ', E'\x05\x06\x07'), query, options),
        E'\x05\x06\x07', '’‘ʼ')$f$;
