using Portcullis.Features.Audit;

namespace Portcullis.Pages.Audit;

/// <summary>The English sentence (the localisation key) for each way the audit chain can break.</summary>
public static class AuditLabels
{
    public static string Break(VerifyAuditChain.Break kind) => kind switch
    {
        VerifyAuditChain.Break.Missing => "The audit log was tampered with: entry {0} is missing.",
        VerifyAuditChain.Break.NotFollowing => "The audit log was tampered with: entry {0} does not follow the entry before it (entries were removed or reordered).",
        _ => "The audit log was tampered with: entry {0} was changed after it was written.",
    };
}
