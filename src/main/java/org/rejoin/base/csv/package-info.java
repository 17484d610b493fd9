/**
 * What every import shares (ARCHITECTURE rule 20): reading a CSV file, finding its columns by loose header
 * names, numbering every line, and reporting progress. Each import keeps its own checks of a row.
 */
@org.springframework.modulith.NamedInterface("csv")
package org.rejoin.base.csv;
