class Greeting {
  // tag::greet[]
  static String greet(String name) {
    return "Hello, " + name;
  }
  // end::greet[]
}
