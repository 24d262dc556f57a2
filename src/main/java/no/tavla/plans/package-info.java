/**
 * Communication plans (issue 16): "a case is not finished until its communication is planned" (Løten 3.1.1). A plan
 * is owned by a unit and its editors, communications see them all; its measures become work in Tavla's channels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package no.tavla.plans;
