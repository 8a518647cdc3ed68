/**
 * Programmes (a gap fund, SBIR) and their calls for applications: the window, the budget, the cap per
 * application, which institutions may apply, how many reviewers look at each application and the
 * rubric of weighted criteria they score. Also the reference data every feature tags things with:
 * institutions, technology fields and growth stages.
 */
package jp.mebuki.core.programme;
