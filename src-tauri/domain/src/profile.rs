//! A person's profile: the fields of the application form.
