using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;

namespace Portcullis.Features.Audit;

/// <summary>
/// Walks the whole audit chain in order and names the first entry that is missing, out of place or
/// changed. It cannot see entries cut from the end of the log: for that, keep the reported last
/// hash somewhere the database's administrators cannot write, and compare.
/// </summary>
public static class VerifyAuditChain
{
    private const int BatchSize = 2000;

    /// <summary>How the chain broke at the first broken entry.</summary>
    public enum Break
    {
        /// <summary>An entry is missing: the sequence jumps.</summary>
        Missing,

        /// <summary>An entry does not carry the hash of the one before it: removed or reordered entries.</summary>
        NotFollowing,

        /// <summary>An entry's content no longer matches its hash: it was edited.</summary>
        Changed,
    }

    /// <param name="Problem">The break in a sentence, for the command line and logs.</param>
    public sealed record Result(long EntriesChecked, string LastHash, long? FirstBrokenSequence, Break? Kind, string? Problem)
    {
        public bool IsIntact => FirstBrokenSequence is null;
    }

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(CancellationToken cancellationToken)
        {
            var scope = db.Scope;
            if (!AuditAccess.MayRead(scope))
            {
                return Outcome<Result>.Forbidden("Verifying the audit log is for auditors and administrators.");
            }

            // The whole chain, whoever asks: a chain cannot be checked in parts, and the answer
            // (intact, or the first broken sequence number) holds no personal data.
            var expected = 1L;
            var previousHash = AuditChain.GenesisHash;
            while (true)
            {
                var from = expected;
                var batch = await db.AuditEntries.AsNoTracking().IgnoreQueryFilters()
                    .Where(e => e.Sequence >= from)
                    .OrderBy(e => e.Sequence)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                foreach (var entry in batch)
                {
                    if (Check(entry, expected, previousHash) is { } broken)
                    {
                        return Outcome<Result>.Ok(new Result(expected - 1, previousHash, expected, broken.Kind, broken.Problem));
                    }

                    previousHash = entry.Hash;
                    expected++;
                }

                if (batch.Count < BatchSize)
                {
                    return Outcome<Result>.Ok(new Result(expected - 1, previousHash, null, null, null));
                }
            }
        }

        private static (Break Kind, string Problem)? Check(AuditEntry entry, long expected, string previousHash)
        {
            if (entry.Sequence != expected)
            {
                return (Break.Missing, $"entry {expected} is missing: the next entry present is {entry.Sequence}.");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return (Break.NotFollowing, $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: its previous hash differs.");
            }

            return string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal)
                ? null
                : (Break.Changed, $"entry {entry.Sequence} was changed after it was written: its content does not match its hash.");
        }
    }
}
