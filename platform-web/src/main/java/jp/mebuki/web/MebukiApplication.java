package jp.mebuki.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Mebuki platform: domain, screening process, REST API, Camunda webapps and engine REST API. */
@SpringBootApplication(scanBasePackages = "jp.mebuki")
public class MebukiApplication {

    public static void main(String[] args) {
        SpringApplication.run(MebukiApplication.class, args);
    }
}
