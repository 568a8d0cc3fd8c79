namespace Agora.Core.Donor;

/// <summary>Which Donor-game variant is played.</summary>
public enum DonorVariant
{
    /// <summary>Donations only.</summary>
    Plain,

    /// <summary>Donors may instead spend x to remove PunishmentLoss·x from the recipient (floored at 0).</summary>
    CostlyPunishment,

    /// <summary>Donors may refuse to play.</summary>
    PartnerChoice,
}
