namespace Portcullis.Data.Scoping;

/// <summary>
/// Where the context reads who is asking, at the moment each query runs. Not captured when the
/// context is made: in a web request the context is first needed while the sign-in cookie is still
/// being checked, before anyone is signed in.
/// </summary>
public interface IAccessScopeSource
{
    AccessScope Current { get; }
}

/// <summary>A scope that does not change: the command line, a background job, a test.</summary>
public sealed class FixedAccessScope(AccessScope scope) : IAccessScopeSource
{
    public AccessScope Current { get; } = scope;
}
