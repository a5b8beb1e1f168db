//! `zvit user add NAME --role coordinator|admin` (the password from standard input), `zvit
//! user list`, `zvit user remove NAME`: the desk's users.

use std::process::ExitCode;

use anyhow::{Context as _, Result};
use zvit::web::auth::{self, Role};

use super::args::{RoleArg, UserAction};
use super::env::Env;

pub fn run(env: Env, action: &UserAction) -> Result<ExitCode> {
    let store = &env.store;
    match action {
        UserAction::Add { name, role } => {
            let role = match role {
                RoleArg::Coordinator => Role::Coordinator,
                RoleArg::Admin => Role::Admin,
            };
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            auth::add_user(store, name, role, password, env.now)?;
            println!(
                "user {} added ({})",
                zvit::outgoing::safe::line(name),
                role.as_str()
            );
        }
        UserAction::List => {
            for (name, role) in auth::list_users(store)? {
                println!("{}\t{}", zvit::outgoing::safe::line(&name), role.as_str());
            }
        }
        UserAction::Remove { name } => {
            auth::remove_user(store, name)?;
            println!("user {} removed", zvit::outgoing::safe::line(name));
        }
    }
    Ok(ExitCode::SUCCESS)
}
