namespace Entente.Sar.Search;

/// <summary>Optimal allocation of search effort over cells for the random-search (exponential) detection law.</summary>
public static class EffortAllocation
{
    /// <summary>
    /// The coverage of each cell that maximises POS = Σ POCᵢ(1 − e^(−Cᵢ)) for a total effort Z (Stone, Theory of Optimal
    /// Search; Koopman): Cᵢ = max(0, ln(dᵢ/λ)) with dᵢ = POCᵢ/areaᵢ and λ such that Σ Cᵢ·areaᵢ = Z.
    /// </summary>
    /// <remarks>
    /// Every searched cell ends with the same marginal return dᵢe^(−Cᵢ) = λ, and no unsearched cell has a density above λ.
    /// λ is found exactly: with the cells in falling density, for the first k cells ln λ = (Σ aᵢ ln dᵢ − Z)/Σ aᵢ, and the right
    /// k is the first whose λ is not below the next cell's density.
    /// </remarks>
    /// <param name="poc">Probability of containment of each cell, not negative.</param>
    /// <param name="areaSquareMetres">Area of each cell, above 0.</param>
    /// <param name="effortSquareMetres">Total effort Z, square metres, not negative.</param>
    /// <returns>The coverage Cᵢ of each cell (the effort of cell i is Cᵢ·areaᵢ).</returns>
    /// <exception cref="ArgumentException">The lengths differ, or a value is out of range.</exception>
    public static double[] OptimalCoverages(ReadOnlySpan<double> poc, ReadOnlySpan<double> areaSquareMetres, double effortSquareMetres)
    {
        if (poc.Length != areaSquareMetres.Length)
        {
            throw new ArgumentException("There must be one area per cell.", nameof(areaSquareMetres));
        }

        if (!double.IsFinite(effortSquareMetres) || effortSquareMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(effortSquareMetres), effortSquareMetres, "The effort must be finite and not negative.");
        }

        var density = new double[poc.Length];
        for (var i = 0; i < poc.Length; i++)
        {
            if (!double.IsFinite(poc[i]) || poc[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(poc), poc[i], "Every POC must be finite and not negative.");
            }

            if (!double.IsFinite(areaSquareMetres[i]) || areaSquareMetres[i] <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(areaSquareMetres), areaSquareMetres[i], "Every area must be finite and above 0.");
            }

            density[i] = poc[i] / areaSquareMetres[i];
        }

        var coverages = new double[poc.Length];
        var order = Enumerable.Range(0, poc.Length).Where(i => density[i] > 0).OrderByDescending(i => density[i]).ToArray();
        if (order.Length == 0 || effortSquareMetres == 0)
        {
            return coverages;
        }

        double areaSum = 0, weightedLogSum = 0, logLambda = 0;
        var active = 0;
        while (active < order.Length)
        {
            var cell = order[active];
            areaSum += areaSquareMetres[cell];
            weightedLogSum += areaSquareMetres[cell] * Math.Log(density[cell]);
            active++;
            logLambda = (weightedLogSum - effortSquareMetres) / areaSum;
            if (active == order.Length || logLambda >= Math.Log(density[order[active]]))
            {
                break;
            }
        }

        for (var k = 0; k < active; k++)
        {
            var cell = order[k];
            coverages[cell] = Math.Max(0, Math.Log(density[cell]) - logLambda);
        }

        return coverages;
    }
}
