-- Issue 22: rule B's grant keys are per city ("B_TRAINEE:<city>:<person>"), so that each city pays
-- a person once from its own budget and another city's grant is a signal, not a refusal. The
-- built-in city (nanchang) keeps the first form ("B_TRAINEE:<person>"): every key written before
-- this migration is its, unless a second city granted a trainee in the meantime. Such a key (none
-- is expected) is given its city's form here, the one correction the append-only ledger allows
-- itself: the row's meaning does not change, only the uniqueness it takes part in.
ALTER TABLE "LedgerEntry" DISABLE TRIGGER "LedgerEntry_append_only";
UPDATE "LedgerEntry" e
SET "grantKey" = split_part(e."grantKey", ':', 1) || ':' || c."cityId" || ':' || split_part(e."grantKey", ':', 2)
FROM "TrainingClaim" c
WHERE c."id" = e."trainingClaimId"
  AND c."cityId" <> 'nanchang'
  AND e."grantKey" ~ '^B_(TRAINEE|INSTITUTION):[0-9a-f-]{36}$';
ALTER TABLE "LedgerEntry" ENABLE TRIGGER "LedgerEntry_append_only";
