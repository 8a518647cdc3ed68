package jp.mebuki.web.ui.admin;

import org.springframework.web.multipart.MultipartFile;

/** A BPMN or DMN file to deploy as a new version, and why. */
public class UploadForm {

    private MultipartFile file;
    private String reason;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
