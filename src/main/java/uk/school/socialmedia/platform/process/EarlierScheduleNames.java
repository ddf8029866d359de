package uk.school.socialmedia.platform.process;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The names by which earlier versions of the diagrams read a feature's schedule. Instances
 * started on such a version keep running on it and still evaluate those expressions when they
 * reach a timer or a due date, so the old names stay as aliases of the {@code <feature>Schedule}
 * beans.
 */
@Component
class EarlierScheduleNames implements BeanFactoryPostProcessor {

  private static final Map<String, String> ALIAS_TO_BEAN = Map.of(
      "aupSettings", "aupSchedule",
      "consentSettings", "consentSchedule",
      "exceptionSettings", "exceptionSchedule",
      "concernDeadlines", "concernSchedule");

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    ALIAS_TO_BEAN.forEach((alias, bean) -> beanFactory.registerAlias(bean, alias));
  }
}
