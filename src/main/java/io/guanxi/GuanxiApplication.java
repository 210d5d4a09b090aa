package io.guanxi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GuanxiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuanxiApplication.class, args);
	}

}
