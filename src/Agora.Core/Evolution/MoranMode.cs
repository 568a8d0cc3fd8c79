namespace Agora.Core.Evolution;

/// <summary>The order of selection and death in one Moran generation.</summary>
public enum MoranMode
{
    /// <summary>Birth–death (Axelrod's <c>"bd"</c>): a parent is chosen by fitness from the whole population, then
    /// its offspring replaces one of the parent's out-neighbours in the reproduction graph, chosen uniformly.</summary>
    BirthDeath,

    /// <summary>Death–birth (Axelrod's <c>"db"</c>): a node dies, chosen uniformly, then one of its in-neighbours in
    /// the reproduction graph, chosen by fitness, places its offspring there.</summary>
    DeathBirth,
}
