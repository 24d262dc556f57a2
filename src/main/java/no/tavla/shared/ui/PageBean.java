package no.tavla.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A page (route target, layout or error view) as a prototype Spring bean, a new one for every page as before. Vaadin
 * then gets it with {@code getBean}, for which Spring keeps what it learnt of the class; without it Vaadin calls
 * {@code createBean(Class)}, which looks the class over again on every page open: about a quarter of the server's
 * CPU per feed open (docs/BENCHMARKS.md, the load harness). {@code ArchitectureTest} checks that every page has it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public @interface PageBean {
}
