namespace Portcullis.Matching;

/// <summary>What a screened name belongs to; it decides which words are legal forms or titles.</summary>
public enum SubjectKind
{
    /// <summary>Not known: both person and organisation words are recognised.</summary>
    Unknown,

    /// <summary>A natural person.</summary>
    Person,

    /// <summary>A company, organisation, vessel or other legal entity.</summary>
    Organisation,
}
