package jp.mebuki.web.ui.sbir;

/** The awardee's final report of the current phase; the domain checks every field and names the one at fault. */
public class ReportForm {

    private String technicalResults;
    private String businessResults;
    private Long spentYen;

    public String getTechnicalResults() {
        return technicalResults;
    }

    public void setTechnicalResults(String technicalResults) {
        this.technicalResults = technicalResults;
    }

    public String getBusinessResults() {
        return businessResults;
    }

    public void setBusinessResults(String businessResults) {
        this.businessResults = businessResults;
    }

    public Long getSpentYen() {
        return spentYen;
    }

    public void setSpentYen(Long spentYen) {
        this.spentYen = spentYen;
    }
}
